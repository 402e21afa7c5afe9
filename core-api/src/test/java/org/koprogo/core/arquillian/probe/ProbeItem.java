package org.koprogo.core.arquillian.probe;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "probe_items")
public class ProbeItem {

    @Id
    private long id;

    private String label;

    protected ProbeItem() {
        // JPA
    }

    public String label() {
        return label;
    }
}
