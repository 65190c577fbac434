// The kit's input module: text rules (text.ts) and the guard applying them to every argument (arguments.ts).

export * from './text';
export * from './arguments';
