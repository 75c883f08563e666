package org.joysurvey.web.security;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * The hidden {@code primefaces.nonce} field of a form, written by the server. With its CSP mode on,
 * PrimeFaces refuses a postback whose {@code primefaces.nonce} parameter is missing or is not the
 * view's nonce ({@code CspException}); its script adds the field to each form when the page loads,
 * so without this a form posted before or without that script (no JavaScript, a slow phone, a load
 * test, a screen reader's own form mode) ends on the error page. The nonce is already on the page's
 * script tags and in the field PrimeFaces' script writes, so this gives nothing new away.
 */
public final class NonceField extends UIComponentBase {

  static final String PARAMETER = "primefaces.nonce";
  static final String ID = "joy-nonce";

  public NonceField() {
    setId(ID);
    // not part of the saved state: NonceFieldInForms adds it again each time a view is built
    setTransient(true);
  }

  @Override
  public String getFamily() {
    return "org.joysurvey.NonceField";
  }

  @Override
  public void encodeEnd(FacesContext context) throws IOException {
    String nonce = PrimeFacesContext.getCspState(context).getNonce();
    ResponseWriter out = context.getResponseWriter();
    out.startElement("input", null);
    out.writeAttribute("type", "hidden", null);
    out.writeAttribute("name", PARAMETER, null);
    out.writeAttribute("value", nonce, null);
    out.endElement("input");
  }
}
