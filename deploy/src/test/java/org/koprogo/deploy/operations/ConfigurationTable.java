package org.koprogo.deploy.operations;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The keys of the README's configuration table: rows whose first cell names them, e.g. | `KOPROGO_DB_USER` / `KOPROGO_DB_PASSWORD` |. */
final class ConfigurationTable {

    private static final Pattern ROW = Pattern.compile("(?m)^\\| *(`KOPROGO_[^|]*)\\|");
    private static final Pattern KEY = Pattern.compile("`(KOPROGO_[A-Z0-9_]+)`");

    private ConfigurationTable() {
    }

    static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        Matcher row = ROW.matcher(Repository.read(Repository.ROOT.resolve("README.md")));
        while (row.find()) {
            Matcher key = KEY.matcher(row.group(1));
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        return keys;
    }
}
