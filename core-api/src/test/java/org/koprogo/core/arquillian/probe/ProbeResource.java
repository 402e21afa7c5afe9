package org.koprogo.core.arquillian.probe;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public record Item(@NotBlank @Size(max = 20) String label, @Valid List<@NotBlank String> tags,
                       @Valid Nested nested) {
    }

    public record Nested(@NotNull Integer floorNumber) {
    }

    public record Count(long rows) {
    }

    @PersistenceContext(unitName = "probe")
    EntityManager em;

    /** Reads the module's own table, created by its own changelog, through its own persistence unit. */
    @GET
    @Path("rows")
    public Count rows() {
        return new Count(em.createQuery("select count(i) from ProbeItem i", Long.class).getSingleResult());
    }

    @POST
    @Path("items")
    public Item echo(@Valid @NotNull Item item) {
        return item;
    }

    @GET
    @Path("items/{id: [0-9]+}")
    public Item item(@PathParam("id") long id) {
        return new Item("item " + id, List.of(), null);
    }

    @GET
    @Path("failure")
    public Item failure() {
        throw new IllegalStateException("secret internal detail");
    }
}
