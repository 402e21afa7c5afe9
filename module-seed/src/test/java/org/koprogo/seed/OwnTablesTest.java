package org.koprogo.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * module-seed writes and removes other modules' rows only through their own code (core-api's DataOwner): no SQL
 * string in its sources names a table another module's or the core's changelog creates (prose such as "3
 * organizations removed" may use the words). Reads the sources of the
 * reactor, from where Maven runs this test (the module's directory).
 */
class OwnTablesTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern CREATED_TABLE = Pattern.compile("create table (\\w+)");
    private static final Pattern SQL = Pattern.compile(
            "(?i)\\b(select|insert|update|delete|truncate|lock|join|into|from|where)\\b");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void noStringOfTheSeedNamesAnotherModulesTable() throws IOException {
        Set<String> othersTables = othersTables();
        assertTrue(othersTables.containsAll(List.of("organizations", "users", "units", "unit_owners", "expenses",
                "account_chart_versions", "row_counts")), "the changelogs were read: " + othersTables);
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            // SeedModule names the modules it requires, whose names are often those of their tables
            for (Path source : sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.endsWith("SeedModule.java")).toList()) {
                Matcher literal = STRING_LITERAL.matcher(Files.readString(source));
                while (literal.find()) {
                    if (!SQL.matcher(literal.group(1)).find()) {
                        continue;
                    }
                    for (String table : othersTables) {
                        if (Pattern.compile("\\b" + table + "\\b").matcher(literal.group(1)).find()) {
                            named.add(source.getFileName() + ": " + table + " in \"" + literal.group(1) + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), named);
    }

    private static Set<String> othersTables() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(path -> !path.getFileName().toString().equals("module-seed")).toList()) {
                Path changelogs = module.resolve("src/main/resources/db/changelog");
                if (!Files.isDirectory(changelogs)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(changelogs)) {
                    for (Path changelog : files.toList()) {
                        Matcher created = CREATED_TABLE.matcher(Files.readString(changelog));
                        while (created.find()) {
                            tables.add(created.group(1));
                        }
                    }
                }
            }
        }
        return tables;
    }
}
