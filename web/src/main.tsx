import '@digital-go-jp/design-tokens/dist/tokens.css';
import './styles/global.css';
import './styles/controls.css';
import './styles/tables.css';
import './styles/definition-list.css';
import './styles/forms.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getCatalog, getEvaluation, listStrategies } from './api/endpoints.ts';
import { App } from './app/App.tsx';
import { AsOfProvider, initialAsOf } from './app/AsOfContext.tsx';
import { StrategyProvider } from './app/StrategyContext.tsx';
import { SessionProvider } from './features/auth/SessionContext.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';

// Start the landing page's requests before React renders: the strategies, then the first
// strategy's catalog and evaluation (the cached promises are picked up by the page).
void listStrategies()
  .then(({ strategies }) => {
    const first = strategies[0]?.id;
    if (first && window.location.pathname === '/') {
      void getCatalog(first).catch(() => undefined);
      void getEvaluation(first, initialAsOf()).catch(() => undefined);
    }
  })
  .catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <StrategyProvider>
          <AsOfProvider>
            <App />
          </AsOfProvider>
        </StrategyProvider>
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
