package org.koprogo.load.report;

/** Writes an HTML table row by row; numeric columns are right-aligned so figures line up. */
final class Table {

    private final Markup out;
    private boolean inHead;
    private boolean inBody;
    private boolean rowOpen;

    private Table(Markup out) {
        this.out = out;
    }

    static Table start(Markup out, String cssClass) {
        out.open("table", "class", cssClass);
        return new Table(out);
    }

    /** Starts the heading row, repeated on every printed page. */
    Table head() {
        closeRow();
        out.open("thead");
        inHead = true;
        return openRow();
    }

    Table heading(String text) {
        out.element("th", text);
        return this;
    }

    Table numericHeading(String text) {
        out.element("th", text, "class", "num");
        return this;
    }

    Table row() {
        closeRow();
        if (inHead) {
            out.close("thead");
            inHead = false;
        }
        if (!inBody) {
            out.open("tbody");
            inBody = true;
        }
        return openRow();
    }

    Table cell(Object text) {
        return cell(text, null);
    }

    /** A cell with a class such as {@code bad} or {@code good}; null for none. */
    Table cell(Object text, String cssClass) {
        out.element("td", Format.orMissing(text), "class", cssClass);
        return this;
    }

    /** A cell whose content the caller writes, e.g. a query with its full text in a details element. */
    Markup cellMarkup() {
        return out.open("td");
    }

    Table endCellMarkup() {
        out.close("td");
        return this;
    }

    Table number(Object text) {
        return number(text, null);
    }

    /** A figure with a class such as {@code bad} or {@code good}; null for none. */
    Table number(Object text, String cssClass) {
        return cell(text, cssClass == null ? "num" : "num " + cssClass);
    }

    void end() {
        closeRow();
        if (inHead) {
            out.close("thead");
        }
        if (inBody) {
            out.close("tbody");
        }
        out.close("table");
    }

    private Table openRow() {
        out.open("tr");
        rowOpen = true;
        return this;
    }

    private void closeRow() {
        if (rowOpen) {
            out.close("tr");
            rowOpen = false;
        }
    }
}
