package org.joysurvey.web.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Gives every form of every page its {@link NonceField} (faces-config.xml subscribes this to {@code
 * PostAddToViewEvent} of forms), so that no page can forget it.
 */
public final class NonceFieldInForms implements SystemEventListener {

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIForm;
  }

  @Override
  public void processEvent(SystemEvent event) {
    UIForm form = (UIForm) event.getSource();
    for (UIComponent child : form.getChildren()) {
      if (child instanceof NonceField) {
        return;
      }
    }
    form.getChildren().add(new NonceField());
  }
}
