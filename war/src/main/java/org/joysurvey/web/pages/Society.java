package org.joysurvey.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The society running this instance, as shown in every page's header ({@code JOY_SOCIETY_NAME}). */
@Named
@ApplicationScoped
public class Society {

  @Inject
  @ConfigProperty(name = "joy.society.name", defaultValue = "Joy Survey")
  private String name;

  public String getName() {
    return name;
  }
}
