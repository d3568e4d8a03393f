import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';

interface State {
  error: unknown;
}

/**
 * A page that fails to load or render (e.g. a chunk missing after an update) shows an error
 * with a reload button instead of a blank page.
 */
export class ChunkErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    if (this.state.error) return <BoundaryMessage error={this.state.error} />;
    return this.props.children;
  }
}

function BoundaryMessage({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('app.error')}</h1>
      <ErrorMessage error={error} onRetry={() => window.location.reload()} />
    </>
  );
}
