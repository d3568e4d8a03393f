/** Public entry of the auth module: users, sessions, sign-in throttling, passwords, CSRF and write authorisation. */
export { users, sessions, signInThrottle } from './schema.ts';
export { ROLES, type Actor, type Role } from './access.ts';
export { auditNameOf, operatorPrincipal, systemPrincipal, userOf, userPrincipal, type Principal } from './principal.ts';
export { listUsers, findUserByEmail } from './repository.ts';
export { createUser, type NewUser } from './create-user.ts';
export { canCreateUser } from './permissions.ts';
export { signIn, type SignInInput, type SignInResult } from './sign-in.ts';
export { changePassword, type ChangePasswordInput, type ChangePasswordResult } from './change-password.ts';
export { resetPassword, type ResetPasswordInput } from './reset-password.ts';
export { revokeOtherSessions, revokeSessions } from './revoke-sessions.ts';
export { sessionFor, signOut, countOtherSessions, SESSION_HOURS } from './sessions.ts';
export { checkPassword, assertAcceptablePassword, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, MIN_PASSWORD_SCORE } from './domain/password-policy.ts';
export { throttledMessage } from './domain/throttle-policy.ts';
export { authRoutes, type AuthRoutesOptions } from './http.ts';
export {
  sessionMiddleware,
  requireActor,
  requirePrincipal,
  sessionPrincipal,
  readerOf,
  socketClientAddress,
  SESSION_COOKIE,
  type AuthEnv,
  type SessionInfo,
} from './http-session.ts';
export { actorLabeller, auditActorNames, labelAuditEntries, type AuditActorName } from './audit-actor-names.ts';
