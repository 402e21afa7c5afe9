package org.koprogo.seed.world.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.koprogo.core.openapi.boundary.Answer;
import org.koprogo.core.openapi.boundary.OperationId;
import org.koprogo.core.paging.boundary.QueryParams;
import org.koprogo.core.refusal.boundary.InvalidField;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.seed.world.control.PresentSeed;
import org.koprogo.seed.world.control.RemovedSeeds;
import org.koprogo.seed.world.control.SeedKind;
import org.koprogo.seed.world.control.Seeding;
import org.koprogo.seed.world.control.Seeds;

/**
 * KoproGo's seed routes: {@code POST seed/demo}, {@code POST seed/realistic?scale=N&seed=S}; a second seeding of
 * a kind is refused (409) unless {@code replace=true}. {@code DELETE seed} removes seed data only;
 * {@code POST seed/clear} is KoproGo's name for it.
 */
@Path("seed")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SUPERADMIN)
public class SeedResource {

    /** KoproGo's seeds were random; ours are deterministic, and this is the seed when none is given. */
    public static final long DEFAULT_SEED = 42;

    @Inject
    Seeds seeds;

    @OperationId("listSeeds")
    @GET
    public List<PresentSeed> present() {
        return seeds.present();
    }

    @Answer(status = 201, body = SeedReport.class, description = "Planted")
    @Answer(status = 200, body = SeedReport.class, description = "Replaced (replace=true)")
    @POST
    @Path("{kind}")
    public Response plant(@PathParam("kind") String kindName, @QueryParam("scale") String scaleText,
                          @QueryParam("seed") String seedText, @QueryParam("replace") String replaceText) {
        SeedKind kind = SeedKind.ofWireName(kindName)
                .orElseThrow(() -> new NotFoundException("No seed '" + kindName + "': demo or realistic"));
        int scale = (int) QueryParams.whole("scale", scaleText, 1, 1, Seeds.MAX_SCALE);
        if (scale != 1 && !kind.scales()) {
            throw new InvalidInput(List.of(InvalidField.inParameter("scale",
                    "the " + kind.wireName() + " world has one size; scale applies to realistic")));
        }
        long seed = QueryParams.whole("seed", seedText, DEFAULT_SEED, 0, Long.MAX_VALUE);
        Seeding seeding = seeds.plant(kind, scale, seed, QueryParams.flag("replace", replaceText));
        return Response.status(seeding.replaced() ? Response.Status.OK : Response.Status.CREATED)
                .entity(SeedReport.of(seeding)).build();
    }

    @OperationId("removeSeeds")
    @DELETE
    public RemovedSeeds remove() {
        return seeds.removeAll();
    }

    /** KoproGo's web client clears seed data with a POST, and shows {@code message}. */
    @OperationId("clearSeeds")
    @POST
    @Path("clear")
    public ClearedSeeds clear() {
        return ClearedSeeds.of(seeds.removeAll());
    }
}
