package org.joysurvey.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST application; authentication is set up in {@code org.joysurvey.web.security}. */
@ApplicationPath("/api")
public class JoyApi extends Application {}
