package org.joysurvey.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.joysurvey.society.SocietyProfile;
import org.joysurvey.society.SocietyService;

/**
 * The society running this instance, as every page shows it: name, logo and colour in the header,
 * the introduction, privacy statement and contact on the survey page. Read from the database once
 * per request (one row), never cached across requests, so a change shows at once on every instance.
 * Until an admin saves a profile, the name is {@code JOY_SOCIETY_NAME}.
 */
@Named
@RequestScoped
public class Society {

  @Inject private SocietyService service;

  private SocietyProfile profile;

  @PostConstruct
  void load() {
    profile = service.current();
  }

  public String getName() {
    return profile.name();
  }

  public String getLogoUrl() {
    return profile.logoUrl();
  }

  /** {@code #rrggbb}, checked when saved, so it is safe in a style attribute. */
  public String getColour() {
    return profile.primaryColour();
  }

  public String getContact() {
    return profile.contact();
  }

  public String getPrivacyStatement() {
    return profile.privacyStatement();
  }

  public String getIntroduction() {
    return profile.introduction();
  }
}
