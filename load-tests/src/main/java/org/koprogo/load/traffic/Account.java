package org.koprogo.load.traffic;

import java.util.ArrayList;
import java.util.List;

/** A user the virtual users sign in as; several virtual users share one account. */
public record Account(String email, String password) {

    /** The syndics of the realistic seed. */
    public static final String DEFAULTS = "admin@small.be:admin123,admin@medium.be:admin123,admin@large.be:admin123";

    /** "email:password,email:password": the password is what follows the first colon. */
    public static List<Account> parseList(String list) {
        List<Account> accounts = new ArrayList<>();
        for (String item : list.split(",")) {
            String trimmed = item.trim();
            int colon = trimmed.indexOf(':');
            if (colon <= 0 || colon == trimmed.length() - 1) {
                throw new IllegalArgumentException("expected email:password, got '" + trimmed + "'");
            }
            accounts.add(new Account(trimmed.substring(0, colon), trimmed.substring(colon + 1)));
        }
        return accounts;
    }
}
