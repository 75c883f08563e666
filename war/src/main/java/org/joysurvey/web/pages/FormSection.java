package org.joysurvey.web.pages;

import java.io.Serializable;
import java.util.List;

/** One instrument's items on the respondent form. */
public record FormSection(String instrumentId, String title, List<FormItem> items) implements Serializable {}
