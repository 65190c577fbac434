/** At most this many characters of a client's operation name reach a message, a log line or a metric label. */
const SHOWN_NAME_LENGTH = 80;

/** Enough of a client's operation name to recognise it, never the whole of a long one (a name may be 1 MB). */
export function shownName(name: string): string {
  return name.length > SHOWN_NAME_LENGTH ? `${name.slice(0, SHOWN_NAME_LENGTH)}…` : name;
}
