/** The error a check throws, as a client would read it. */
export function refusal(check: () => unknown): { code?: unknown; field?: unknown; max?: unknown; message: string } {
  try {
    check();
  } catch (error) {
    const { extensions, message } = error as { extensions: Record<string, unknown>; message: string };
    return { code: extensions.code, field: extensions.field, max: extensions.max, message };
  }
  throw new Error('expected a refusal');
}
