package org.koprogo.auth.user.boundary;

/** The answer to a deletion, in the reference's words: its client reads a JSON body from every answer. */
public record UserDeleted(String message) {

    static final UserDeleted ANSWER = new UserDeleted("User deleted successfully");
}
