package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.AssembliesIT.assertDecimal;
import static org.koprogo.deploy.Problems.assertProblem;
import static org.koprogo.deploy.Uploads.DOCUMENTS;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.koprogo.deploy.Uploads.File;
import org.koprogo.deploy.Uploads.Form;

/**
 * A co-owner's GDPR rights where assemblies and documents are concerned: an assembly in session, where they are
 * present or hold a proxy, holds their erasure back until it is completed; their export lists their presence,
 * quota, proxy and votes, the proxies they held, and the minutes of that assembly with a link that downloads them
 * (and a syndic's, the documents they uploaded); their erasure keeps the assembly's record. Each test builds its own
 * organization.
 */
@ExtendWith(SharedPlatform.class)
class GdprAssembliesIT {

    static final String EXPORT = "/api/v1/gdpr/export";
    static final String CAN_ERASE = "/api/v1/gdpr/can-erase";
    static final String ERASE = "/api/v1/gdpr/erase";
    static final String IN_SESSION = "assembly_in_session";

    final RunningPlatform platform;
    final Api syndic;

    GdprAssembliesIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.syndic = Api.admin(platform).newOrganizationSyndic();
    }

    /** A building where Pierre holds 400 and Sophie 350, Pierre signing in as the owner of his record. */
    record Building(String id, String pierre, String sophie, String sophieEmail, Api pierreSignedIn) {
    }

    Building building() throws Exception {
        String building = Property.buildingId(syndic);
        String pierre = syndic.created("/api/v1/owners", Property.owner("Pierre",
                "pierre." + Property.unique() + "@example.com")).getString("id");
        String sophieEmail = "sophie." + Property.unique() + "@example.com";
        String sophie = syndic.created("/api/v1/owners", Property.owner("Sophie", sophieEmail)).getString("id");
        syndic.created("/api/v1/units/" + AssembliesIT.unit(syndic, building, "400") + "/owners",
                Property.share(pierre, "1"));
        syndic.created("/api/v1/units/" + AssembliesIT.unit(syndic, building, "350") + "/owners",
                Property.share(sophie, "1"));
        Api signedIn = syndic.createUser("owner");
        HttpResponse<String> linked = syndic.put("/api/v1/owners/" + pierre + "/link-user",
                "{\"user_id\":\"" + signedIn.userId() + "\"}");
        assertEquals(200, linked.statusCode(), linked.body());
        return new Building(building, pierre, sophie, sophieEmail, signedIn);
    }

    @Test
    void anAssemblyInSessionHoldsTheErasureOfThoseTakingPartUntilCompleted() throws Exception {
        Building world = building();
        Api pierre = world.pierreSignedIn();
        String path = AssembliesIT.assembly(syndic, world.id(), 30, "Budget");
        String meeting = path.substring(path.lastIndexOf('/') + 1);
        AssembliesIT.convene(syndic, path);
        assertEquals(200, AssembliesIT.attend(syndic, path, world.pierre(), AssembliesIT.present()).statusCode());
        assertEquals(200, AssembliesIT.attend(syndic, path, world.sophie(),
                AssembliesIT.representedBy(world.pierre())).statusCode());
        assertEquals(List.of(), pierreCanErase(pierre), "not in session before the opening");
        HttpResponse<String> opened = syndic.post(path + "/open", null);
        assertEquals(200, opened.statusCode(), opened.body());
        String resolution = path + "/resolutions/" + syndic.created(path + "/resolutions",
                AssembliesIT.resolution(0, "absolute")).getString("id");
        assertEquals(200, AssembliesIT.vote(syndic, resolution, world.pierre(), "for").statusCode());
        assertEquals(200, AssembliesIT.vote(syndic, resolution, world.sophie(), "against").statusCode());

        File minutesFile = File.pdf("pv-ag.pdf", 3000, 16);
        String minutes = Uploads.uploaded(syndic, Form.of(world.id(), "MeetingMinutes", "PV de l'AG")
                .file(minutesFile)).getString("id");
        assertEquals(200, syndic.put(DOCUMENTS + "/" + minutes + "/link-meeting",
                "{\"meeting_id\":\"" + meeting + "\"}").statusCode());
        String unrelated = Uploads.uploaded(syndic, Form.of(world.id(), "Contract", "Contrat d'entretien")
                .file(File.pdf("contrat.pdf", 500, 17))).getString("id");

        List<JsonObject> holds = pierreCanErase(pierre);
        assertEquals(1, holds.size(), holds::toString);
        assertEquals("meetings", holds.get(0).getString("module"));
        assertEquals(IN_SESSION, holds.get(0).getString("code"));
        assertTrue(holds.get(0).getString("detail").contains(meeting), holds::toString);
        JsonObject refused = assertProblem(pierre.delete(ERASE), 409);
        assertEquals(List.of(IN_SESSION), refused.getJsonArray("holds").getValuesAs(JsonObject.class).stream()
                .map(hold -> hold.getString("code")).toList());

        HttpResponse<String> exported = pierre.get(EXPORT);
        assertEquals(200, exported.statusCode(), exported.body());
        assertFalse(exported.body().contains("Sophie") || exported.body().contains(world.sophieEmail()),
                "nothing of another co-owner but her id");
        JsonObject export = Http.json(exported);
        List<JsonObject> meetings = export.getJsonArray("meetings").getValuesAs(JsonObject.class);
        assertEquals(1, meetings.size(), meetings::toString);
        JsonObject attended = meetings.get(0);
        assertEquals(meeting, attended.getString("id"));
        assertEquals(world.id(), attended.getString("building_id"));
        assertTrue(attended.getString("building_name").startsWith("Résidence "), attended::toString);
        assertEquals("AG annuelle", attended.getString("title"));
        assertEquals("Ordinary", attended.getString("meeting_type"));
        assertEquals("Scheduled", attended.getString("status"));
        assertEquals("present", attended.getString("presence"));
        assertDecimal("400", attended, "quota");
        assertFalse(attended.containsKey("proxy_holder_owner_id"), "present in person");
        List<JsonObject> votes = attended.getJsonArray("votes").getValuesAs(JsonObject.class);
        assertEquals(1, votes.size(), "his own vote, not the one cast for Sophie");
        assertEquals(resolution.substring(resolution.lastIndexOf('/') + 1), votes.get(0).getString("resolution_id"));
        assertEquals("for", votes.get(0).getString("choice"));

        List<JsonObject> proxies = export.getJsonArray("proxies_held").getValuesAs(JsonObject.class);
        assertEquals(1, proxies.size(), proxies::toString);
        assertEquals(meeting, proxies.get(0).getString("meeting_id"));
        assertEquals(world.sophie(), proxies.get(0).getString("principal_owner_id"));
        assertDecimal("350", proxies.get(0), "quota");

        List<JsonObject> documents = export.getJsonArray("documents").getValuesAs(JsonObject.class);
        assertEquals(List.of(minutes), documents.stream().map(d -> d.getString("id")).toList(),
                "the minutes of his assembly, not " + unrelated);
        JsonObject listed = documents.get(0);
        assertEquals(meeting, listed.getString("meeting_id"));
        assertEquals("pv-ag.pdf", listed.getString("file_name"));
        assertEquals(3000, listed.getInt("file_size"));
        assertFalse(listed.containsKey("content"), "listed, never inlined");
        String url = listed.getString("download_url");
        assertEquals(DOCUMENTS + "/" + minutes + "/download", url);
        Uploads.Download download = Uploads.download(pierre, minutes);
        assertEquals(200, download.status());
        assertEquals(minutesFile.sha256(), download.sha256(), "the link downloads the minutes");

        JsonObject syndics = Http.json(syndic.get(EXPORT));
        assertEquals(List.of(minutes, unrelated), syndics.getJsonArray("documents").getValuesAs(JsonObject.class)
                .stream().map(d -> d.getString("id")).toList(), "the syndic uploaded both, in that order");
        assertEquals(List.of(), syndics.getJsonArray("meetings"), "a sign-in with no owner record attends nothing");

        assertEquals(200, syndic.post(resolution + "/close", null).statusCode());
        HttpResponse<String> completed = syndic.post(path + "/complete", "{\"attendees_count\":2}");
        assertEquals(200, completed.statusCode(), completed.body());
        assertEquals(List.of(), pierreCanErase(pierre), "the assembly is over");
        HttpResponse<String> erased = pierre.delete(ERASE);
        assertEquals(200, erased.statusCode(), erased.body());

        // the assembly's record stays: his attendance, quota, proxy and vote, by owner id
        assertEquals(1, count("select count(*) from meeting_attendances where owner_id = '" + world.pierre()
                + "' and presence = 'present' and quota = 400"));
        assertEquals(1, count("select count(*) from meeting_attendances where owner_id = '" + world.sophie()
                + "' and proxy_holder_owner_id = '" + world.pierre() + "'"));
        assertEquals(1, count("select count(*) from meeting_votes where owner_id = '" + world.pierre() + "'"));
        assertEquals(1, count("select count(*) from documents where id = '" + minutes + "'"), "the minutes stay");
    }

    @Test
    void anAbsentCoOwnerIsNotHeldAndFindsTheAssemblyInTheirExport() throws Exception {
        Building world = building();
        String path = AssembliesIT.assembly(syndic, world.id(), 30, "Budget");
        AssembliesIT.convene(syndic, path);
        assertEquals(200, AssembliesIT.attend(syndic, path, world.sophie(), AssembliesIT.present()).statusCode());
        HttpResponse<String> opened = syndic.post(path + "/open", null);
        assertEquals(200, opened.statusCode(), opened.body());

        Api pierre = world.pierreSignedIn();
        assertEquals(List.of(), pierreCanErase(pierre), "absent: he takes no part in the session");
        List<JsonObject> meetings = Http.json(pierre.get(EXPORT)).getJsonArray("meetings")
                .getValuesAs(JsonObject.class);
        assertEquals(1, meetings.size(), meetings::toString);
        assertEquals("absent", meetings.get(0).getString("presence"));
        assertEquals(List.of(), meetings.get(0).getJsonArray("votes"));
    }

    /** The holds can-erase names for Pierre's sign-in; empty exactly when it says he can be erased. */
    private static List<JsonObject> pierreCanErase(Api pierre) throws Exception {
        HttpResponse<String> answer = pierre.get(CAN_ERASE);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject check = Http.json(answer);
        assertEquals(pierre.userId(), check.getString("user_id"));
        List<JsonObject> holds = check.getJsonArray("holds").getValuesAs(JsonObject.class);
        assertEquals(holds.isEmpty(), check.getBoolean("can_erase"), check::toString);
        return holds;
    }

    private long count(String sql) throws IOException, SQLException {
        try (Connection connection = Psql.of(platform).connect();
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
