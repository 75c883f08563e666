package org.joysurvey.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address respondents reach the application at, for the links in invitation emails and the
 * open-link address. {@code JOY_PUBLIC_URL} ({@code joy.public.url}) sets it, e.g. {@code
 * https://survey.society.org}; without it, the address of the designer's own request is used, which
 * is wrong behind a reverse proxy that rewrites the host: set the variable there.
 */
@ApplicationScoped
public class PublicUrl {

  @Inject
  @ConfigProperty(name = "joy.public.url")
  Optional<String> configured;

  /**
   * The base, without a trailing slash; {@code requestBase} is the application's root as the
   * request saw it.
   */
  public String base(String requestBase) {
    return strip(configured.filter(url -> !url.isBlank()).orElse(requestBase));
  }

  /** The public link of an edition in open-link mode. */
  public String openLink(String requestBase, long editionId) {
    return base(requestBase) + "/survey.xhtml?edition=" + editionId;
  }

  /** The public address of an edition's report: its latest publication. */
  public String reportLink(String requestBase, long editionId) {
    return base(requestBase) + "/report.xhtml?edition=" + editionId;
  }

  static String strip(String url) {
    String u = url.strip();
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }
}
