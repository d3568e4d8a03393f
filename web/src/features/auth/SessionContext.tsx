/**
 * Who is signed in (GET /api/v1/session), sign-in and sign-out, the number of the user's other
 * sessions, password change and "sign out other sessions". The CSRF token that comes with the
 * session is handed to the API client, which sends it on every non-GET request; a password
 * change renews it.
 */
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, setCsrfToken } from '../../api/client.ts';
import type { SessionUser } from '../../api/types.ts';
import { deleteOtherSessions, deleteSession, getSessionState, postSignIn, putPassword, type SessionState } from './api.ts';

export type SessionStatus = 'loading' | 'ready' | 'unavailable';

interface SessionValue {
  status: SessionStatus;
  user: SessionUser | null;
  /** other live sessions of the user (other browsers or devices); null when unknown */
  otherSessions: number | null;
  signIn: (email: string, password: string) => Promise<SessionState>;
  signOut: () => Promise<void>;
  refresh: () => Promise<void>;
  /** throws ApiError with issues (current_password, new_password) or ThrottledError; returns how many other sessions ended */
  changePassword: (currentPassword: string, newPassword: string) => Promise<number>;
  /** returns how many sessions ended */
  signOutOthers: () => Promise<number>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [user, setUser] = useState<SessionUser | null>(null);
  const [otherSessions, setOtherSessions] = useState<number | null>(null);

  const apply = useCallback((s: SessionState) => {
    setUser(s.user);
    setCsrfToken(s.csrf_token);
    setOtherSessions(s.user ? (s.other_sessions ?? null) : null);
    setStatus('ready');
  }, []);

  const refresh = useCallback(async () => {
    try {
      apply(await getSessionState());
    } catch (err) {
      setUser(null);
      setCsrfToken(null);
      setOtherSessions(null);
      // A server without sessions (404) means: browsing only.
      setStatus(err instanceof ApiError && err.status === 404 ? 'unavailable' : 'ready');
    }
  }, [apply]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const s = await postSignIn(email, password);
      apply(s);
      return s;
    },
    [apply],
  );

  const signOut = useCallback(async () => {
    try {
      await deleteSession();
    } finally {
      setUser(null);
      setCsrfToken(null);
      setOtherSessions(null);
      // The server may hand out a fresh anonymous token; read the session again.
      await refresh();
    }
  }, [refresh]);

  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      try {
        const r = await putPassword(currentPassword, newPassword);
        apply(r);
        return r.revoked;
      } catch (err) {
        // Signed out meanwhile (401): show it.
        if (err instanceof ApiError && err.status === 401) await refresh();
        throw err;
      }
    },
    [apply, refresh],
  );

  const signOutOthers = useCallback(async () => {
    try {
      const r = await deleteOtherSessions();
      setOtherSessions(0);
      return r.revoked;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) await refresh();
      throw err;
    }
  }, [refresh]);

  const value = useMemo(
    () => ({ status, user, otherSessions, signIn, signOut, refresh, changePassword, signOutOthers }),
    [status, user, otherSessions, signIn, signOut, refresh, changePassword, signOutOthers],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionValue {
  const v = use(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}
