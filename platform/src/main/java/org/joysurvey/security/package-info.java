/**
 * Platform users (not respondents: respondents never log in): accounts with PBKDF2 password hashes,
 * the identity store Jakarta Security checks credentials against, and the first admin account.
 */
package org.joysurvey.security;
