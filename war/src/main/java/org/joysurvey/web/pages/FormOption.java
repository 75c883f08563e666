package org.joysurvey.web.pages;

import java.io.Serializable;

/** One choice of a form item. */
public record FormOption(String code, String label, boolean exclusive) implements Serializable {}
