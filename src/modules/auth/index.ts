/** Public entry of the auth module: users, sessions, CSRF and write authorisation. */
export { users, sessions } from './schema.ts';
export { canWriteStrategy, auditName, type Actor, type Role } from './access.ts';
export { createUser, listUsers, signIn, sessionFor, signOut } from './repository.ts';
export { authRoutes, sessionMiddleware, requireActor, requireWriteAccess, SESSION_COOKIE, type AuthEnv, type SessionInfo } from './http.ts';
