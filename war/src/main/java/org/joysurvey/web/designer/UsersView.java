package org.joysurvey.web.designer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.security.Roles;
import org.joysurvey.security.UnknownUserException;
import org.joysurvey.security.UserExistsException;
import org.joysurvey.security.UserService;
import org.joysurvey.security.UserView;

/**
 * {@code designer/users.xhtml} (admins only): the users with their roles and lock-out state;
 * creating a user, setting a new password, changing roles. Every refusal is shown as a message.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private UserService users;

  /** Not kept with the view state (UserView is not serializable): read again when needed. */
  private transient List<UserView> list;

  private String newUsername;
  private String newPassword;
  private List<String> newRoles = new ArrayList<>();

  private String selected;
  private String password;
  private List<String> roles = new ArrayList<>();

  @PostConstruct
  void load() {
    list = users.list();
  }

  public void create() {
    try {
      UserView user =
          users.create(Pages.actor(), newUsername, newPassword, new ArrayList<>(newRoles));
      Pages.info("User " + user.username() + " created.");
      newUsername = null;
      newPassword = null;
      newRoles = new ArrayList<>();
    } catch (InputRejectedException | UserExistsException e) {
      Pages.rejected(e);
    }
    newPassword = null;
    list = users.list();
  }

  public void resetPassword() {
    try {
      users.resetPassword(Pages.actor(), selected, password);
      Pages.info("New password set for " + selected + ".");
    } catch (InputRejectedException | UnknownUserException e) {
      Pages.rejected(e);
    }
    password = null;
    list = users.list();
  }

  public void changeRoles() {
    try {
      UserView user = users.changeRoles(Pages.actor(), selected, new ArrayList<>(roles));
      Pages.info("Roles of " + user.username() + ": " + String.join(", ", user.roles()) + ".");
    } catch (InputRejectedException | UnknownUserException e) {
      Pages.rejected(e);
    }
    list = users.list();
  }

  /** When a user is chosen, their current roles are ticked. */
  public void selectedChanged() {
    roles =
        getList().stream()
            .filter(u -> u.username().equals(selected))
            .findFirst()
            .map(u -> (List<String>) new ArrayList<>(u.roles()))
            .orElseGet(ArrayList::new);
  }

  /** A user's roles for the table, separated by commas. */
  public String rolesOf(UserView user) {
    return String.join(", ", user.roles());
  }

  public List<String> getAllRoles() {
    return Roles.ALL;
  }

  public List<UserView> getList() {
    if (list == null) {
      list = users.list();
    }
    return list;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public List<String> getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(List<String> newRoles) {
    this.newRoles = newRoles;
  }

  public String getSelected() {
    return selected;
  }

  public void setSelected(String selected) {
    this.selected = selected;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }
}
