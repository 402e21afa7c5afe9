package org.koprogo.core.json.boundary;

import java.util.Locale;

/**
 * Email addresses as the platform stores and compares them: stripped and lower-cased. Request records normalise
 * in their constructor, so that Bean Validation measures what the column receives: lower-casing can lengthen
 * text ("İ", U+0130, becomes two characters).
 */
public final class Emails {

    private Emails() {
    }

    public static String normalised(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
