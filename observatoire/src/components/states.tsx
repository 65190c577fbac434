// Loading, error and empty states, and the wrapper that picks one for a query.
import type { ReactNode } from 'react';
import type { ApiError, QueryState } from '../api/client';

export function Loading({ what }: { what: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      Chargement {what}…
    </p>
  );
}

export function ErrorMessage({ error, what }: { error: ApiError; what: string }) {
  return (
    <div className="state state-error" role="alert">
      <p>
        Impossible d’afficher {what}. {error.message}
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        Recharger la page
      </button>
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** Shows the loading or error state of `state`, or `children(data)` once it is there (with its warnings). */
export function Loaded<R>({ state, what, children }: { state: QueryState<R>; what: string; children: (data: R) => ReactNode }) {
  if (state.status === 'loading') return <Loading what={what} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} what={what} />;
  return (
    <>
      {state.warnings.length > 0 && (
        <p className="state state-warning" role="status">
          Une partie des données n’a pas pu être lue : {state.warnings[0]!.message}
        </p>
      )}
      {children(state.data)}
    </>
  );
}

/** A link to an open-data export of what the view shows (served by the gateway, outside the app). */
export function ExportLinks({ dataset, params = {}, label }: { dataset: string; params?: Record<string, string | undefined>; label: string }) {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  const href = (format: string) => `/exports/${dataset}.${format}${query ? `?${query}` : ''}`;
  return (
    <p className="exports">
      Données ouvertes ({label}) : <a href={href('csv')}>CSV</a> · <a href={href('json')}>JSON</a>{' '}
      <span className="licence">(Licence Ouverte / Etalab 2.0)</span>
    </p>
  );
}

/** A horizontal bar showing a share in 0..1. */
export function Gauge({ value, label }: { value: number | null | undefined; label: string }) {
  const share = Math.max(0, Math.min(1, value ?? 0));
  return (
    <span className="gauge" role="img" aria-label={label}>
      <span className="gauge-fill" style={{ width: `${Math.round(share * 100)}%` }} />
    </span>
  );
}
