/**
 * Platform users (not respondents: respondents never log in): accounts with roles and PBKDF2
 * password hashes, the identity store Jakarta Security checks credentials against, the lock-out
 * after repeated failed logins, user management for admins, and the first admin account.
 */
package org.joysurvey.security;
