package org.joysurvey.web.designer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.society.SocietyProfile;
import org.joysurvey.society.SocietyService;

/** {@code designer/society.xhtml} (admins only): the society's name, logo, colour and texts. */
@Named
@ViewScoped
public class SocietyView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SocietyService society;

  private String name;
  private String logoUrl;
  private String primaryColour;
  private String contact;
  private String privacyStatement;
  private String introduction;

  @PostConstruct
  void load() {
    SocietyProfile p = society.current();
    name = p.name();
    logoUrl = p.logoUrl();
    primaryColour = p.primaryColour();
    contact = p.contact();
    privacyStatement = p.privacyStatement();
    introduction = p.introduction();
  }

  /** Saves all fields or none; reloads the page so that the header shows the new profile. */
  public String save() {
    try {
      society.update(
          Pages.actor(),
          new SocietyProfile(
              name, logoUrl, primaryColour, contact, privacyStatement, introduction));
      return "society?faces-redirect=true&saved=true";
    } catch (InputRejectedException e) {
      Pages.rejected(e);
      return null;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLogoUrl() {
    return logoUrl;
  }

  public void setLogoUrl(String logoUrl) {
    this.logoUrl = logoUrl;
  }

  public String getPrimaryColour() {
    return primaryColour;
  }

  public void setPrimaryColour(String primaryColour) {
    this.primaryColour = primaryColour;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public String getPrivacyStatement() {
    return privacyStatement;
  }

  public void setPrivacyStatement(String privacyStatement) {
    this.privacyStatement = privacyStatement;
  }

  public String getIntroduction() {
    return introduction;
  }

  public void setIntroduction(String introduction) {
    this.introduction = introduction;
  }
}
