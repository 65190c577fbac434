// The kit's input module, every check with the arguments `(value, field, ...)`: text rules (text.ts)
// and the guard applying them to every argument (arguments.ts); dates, whole numbers, web addresses and
// the statuses a list asks for.

export * from './text';
export * from './arguments';
export * from './dates';
export * from './numbers';
export * from './urls';
export * from './statuses';
