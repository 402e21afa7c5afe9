package org.koprogo.core.stats.boundary;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Some figures of a scope: counts, and sums of money. A figure nobody counted reads 0. */
public final class Figures {

    public static final Figures NONE = new Figures(Map.of());

    private final Map<Figure, BigDecimal> values;

    private Figures(Map<Figure, BigDecimal> values) {
        this.values = values;
    }

    public Figures with(Figure figure, long count) {
        return with(figure, BigDecimal.valueOf(count));
    }

    public Figures with(Figure figure, BigDecimal value) {
        Map<Figure, BigDecimal> more = copy();
        more.put(figure, value);
        return new Figures(more);
    }

    /** These figures and the other's, added up where both have one. */
    public Figures plus(Figures other) {
        Map<Figure, BigDecimal> sum = copy();
        other.values.forEach((figure, value) -> sum.merge(figure, value, BigDecimal::add));
        return new Figures(sum);
    }

    public long count(Figure figure) {
        return amount(figure).longValueExact();
    }

    public BigDecimal amount(Figure figure) {
        return values.getOrDefault(figure, BigDecimal.ZERO);
    }

    private Map<Figure, BigDecimal> copy() {
        Map<Figure, BigDecimal> copy = new EnumMap<>(Figure.class);
        copy.putAll(values);
        return copy;
    }
}
