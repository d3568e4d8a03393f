/**
 * Who is signed in (GET /api/v1/session), sign-in and sign-out. The CSRF token that comes with
 * the session is handed to the API client, which sends it on every non-GET request.
 */
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, setCsrfToken } from '../../api/client.ts';
import { getSession, signIn as apiSignIn, signOut as apiSignOut } from '../../api/endpoints.ts';
import type { SessionUser } from '../../api/types.ts';

export type SessionStatus = 'loading' | 'ready' | 'unavailable';

interface SessionValue {
  status: SessionStatus;
  user: SessionUser | null;
  signIn: (email: string, password: string) => Promise<SessionUser | null>;
  signOut: () => Promise<void>;
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [user, setUser] = useState<SessionUser | null>(null);

  const refresh = useCallback(async () => {
    try {
      const s = await getSession();
      setUser(s.user);
      setCsrfToken(s.csrf_token);
      setStatus('ready');
    } catch (err) {
      setUser(null);
      setCsrfToken(null);
      // A server without sessions (404) means: browsing only.
      setStatus(err instanceof ApiError && err.status === 404 ? 'unavailable' : 'ready');
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signIn = useCallback(async (email: string, password: string) => {
    const s = await apiSignIn(email, password);
    setUser(s.user);
    setCsrfToken(s.csrf_token);
    setStatus('ready');
    return s.user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await apiSignOut();
    } finally {
      setUser(null);
      setCsrfToken(null);
      // The server may hand out a fresh anonymous token; read the session again.
      await refresh();
    }
  }, [refresh]);

  const value = useMemo(() => ({ status, user, signIn, signOut, refresh }), [status, user, signIn, signOut, refresh]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionValue {
  const v = use(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}
