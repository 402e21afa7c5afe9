package org.koprogo.load.traffic;

/** What a virtual user can ask for, by route template: the key of every statistic, never the raw path. */
public enum Route {
    LIST_BUILDINGS("GET", "/api/v1/buildings", true),
    LIST_UNITS("GET", "/api/v1/units", true),
    LIST_OWNERS("GET", "/api/v1/owners", true),
    LIST_EXPENSES("GET", "/api/v1/expenses", true),
    LIST_MEETINGS("GET", "/api/v1/meetings", true),
    LIST_ACCOUNTS("GET", "/api/v1/accounts", true),
    HEALTH("GET", "/api/v1/health", false),
    CREATE_EXPENSE("POST", "/api/v1/expenses", false),
    CREATE_OWNER("POST", "/api/v1/owners", false),
    CREATE_UNIT("POST", "/api/v1/units", false),
    CREATE_MEETING("POST", "/api/v1/meetings", false),
    GRANT_SHARE("POST", "/api/v1/units/{unitId}/owners", false),
    REFRESH("POST", "/api/v1/auth/refresh", false);

    private final String method;
    private final String template;
    /** Request targets of pages 1 and 2 of a list, built once rather than per request. */
    private final String[] pages;

    Route(String method, String template, boolean paged) {
        this.method = method;
        this.template = template;
        this.pages = paged
                ? new String[] {template + "?page=1&per_page=20", template + "?page=2&per_page=20"}
                : new String[] {template};
    }

    public String method() {
        return method;
    }

    public String template() {
        return template;
    }

    public boolean writes() {
        return method.equals("POST");
    }

    /** Every route but the public health check needs a signed-in user's token. */
    public boolean needsToken() {
        return this != HEALTH;
    }

    boolean paged() {
        return pages.length > 1;
    }

    /** The request target of page 1 or 2 (of 20 items) of a list. */
    String page(int page) {
        return pages[page - 1];
    }

    /** "GET /api/v1/buildings": how reports name the route. */
    public String label() {
        return method + " " + template;
    }
}
