import { Link } from 'react-router-dom';
import { useTitle } from '../components/Layout';

export function NotFound() {
  useTitle('Page introuvable');
  return (
    <>
      <h1>Page introuvable</h1>
      <p>
        Cette adresse ne correspond à aucune page de l’Observatoire. <Link to="/">Revenir à l’accueil</Link> ou{' '}
        <Link to="/experiences">chercher une expérience</Link>.
      </p>
    </>
  );
}
