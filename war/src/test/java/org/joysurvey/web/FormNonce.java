package org.joysurvey.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code primefaces.nonce} field every form carries (NonceField): a client without a browser
 * posts it back with the form, as a browser posting the whole form does, or PrimeFaces refuses the
 * postback.
 */
public final class FormNonce {

  public static final String PARAMETER = "primefaces.nonce";

  private static final Pattern FIELD =
      Pattern.compile("name=\"primefaces\\.nonce\" value=\"([A-Za-z0-9+/=]+)\"");

  private FormNonce() {}

  /** The nonce in a page or a partial response that renders a form, if it renders one. */
  public static Optional<String> in(String markup) {
    Matcher field = FIELD.matcher(markup);
    return field.find() ? Optional.of(field.group(1)) : Optional.empty();
  }
}
