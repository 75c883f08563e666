package org.joysurvey.participation;

/**
 * What an accepted invitee list changed: addresses added, and those skipped because they were
 * invited already or repeated an earlier row of the file.
 */
public record InviteeImport(int added, int alreadyInvited, int repeated)
    implements java.io.Serializable {}
