import { useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { Layout } from './components/Layout';
import { ExperiencePage } from './pages/Experience';
import { Explorer } from './pages/Explorer';
import { Home } from './pages/Home';
import { NotFound } from './pages/NotFound';
import { TerritoryPage } from './pages/Territory';

/** On a new page, scroll to the top and move the focus to the content (as a page load would). */
function FocusOnNavigation() {
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
    const main = document.getElementById('contenu');
    if (main && document.activeElement && document.activeElement !== document.body) main.focus({ preventScroll: true });
  }, [pathname]);
  return null;
}

export function App() {
  return (
    <Layout>
      <FocusOnNavigation />
      <Routes>
        <Route path="/" element={<Home />} />
        <Route path="/territoires/:id" element={<TerritoryPage />} />
        <Route path="/experiences" element={<Explorer />} />
        <Route path="/experiences/:id" element={<ExperiencePage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Layout>
  );
}
