package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;
import static org.koprogo.deploy.Property.bareIds;
import static org.koprogo.deploy.Property.ids;
import static org.koprogo.deploy.Uploads.DOCUMENTS;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.koprogo.deploy.Uploads.Download;
import org.koprogo.deploy.Uploads.File;
import org.koprogo.deploy.Uploads.Form;

/**
 * module-documents on the shipped settings: files up and down byte for byte (hashes compared), small and 50 MB,
 * conditional and partial downloads, the safety of what is served, refusals, roles and tenancy.
 */
@ExtendWith(SharedPlatform.class)
class DocumentsIT {

    /** Under the shipped cap of 50 MiB. */
    static final long FIFTY_MB = 50_000_000;

    final RunningPlatform platform;
    final Api admin;
    final Api syndic;

    DocumentsIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.admin = Api.admin(platform);
        this.syndic = admin.newOrganizationSyndic();
    }

    @Test
    void aSmallFileComesBackByteForByteWithKoproGosFields() throws Exception {
        String building = Property.buildingId(syndic);
        File minutes = File.pdf("PV AG 2025.pdf", 12_345, 1);
        JsonObject document = Uploads.uploaded(syndic, Form.of(building, "MeetingMinutes", "PV de l'AG 2025")
                .field("description", "Procès-verbal signé").file(minutes));
        assertEquals(building, document.getString("building_id"));
        assertEquals(syndic.organizationId(), document.getString("organization_id"));
        assertEquals("MeetingMinutes", document.getString("document_type"));
        assertEquals("PV de l'AG 2025", document.getString("title"));
        assertEquals("Procès-verbal signé", document.getString("description"));
        assertEquals("PV AG 2025.pdf", document.getString("file_name"));
        assertEquals("application/pdf", document.getString("mime_type"));
        assertEquals(12_345, document.getJsonNumber("file_size").longValue());
        assertEquals("0.01", document.getJsonNumber("file_size_mb").bigDecimalValue().toPlainString());
        assertEquals(syndic.userId(), document.getString("uploaded_by"));
        assertEquals(minutes.sha256(), document.getString("sha256"));
        assertFalse(document.containsKey("meeting_id") || document.containsKey("expense_id"));
        String id = document.getString("id");
        assertEquals(document, Http.json(syndic.get(DOCUMENTS + "/" + id)));
        assertEquals(List.of(id), ids(syndic.get(DOCUMENTS)));
        assertEquals(List.of(id), bareIds(syndic.get("/api/v1/buildings/" + building + "/documents")));

        Download download = Uploads.download(syndic, id);
        assertEquals(200, download.status());
        assertEquals(minutes.sha256(), download.sha256(), "the same bytes");
        assertEquals("12345", download.header("Content-Length").orElseThrow());
        assertEquals("application/pdf", download.header("Content-Type").orElseThrow());
        assertEquals("\"" + minutes.sha256() + "\"", download.header("ETag").orElseThrow());
        assertEquals("bytes", download.header("Accept-Ranges").orElseThrow());
        assertEquals("nosniff", download.header("X-Content-Type-Options").orElseThrow());
        assertEquals("attachment; filename=\"PV AG 2025.pdf\"; filename*=UTF-8''PV%20AG%202025.pdf",
                download.header("Content-Disposition").orElseThrow());
    }

    @Test
    void fieldsMayFollowTheFileAndTypesTakeKoproGosSpellings() throws Exception {
        String building = Property.buildingId(syndic);
        File quote = new File("devis.bin", "application/octet-stream", "PK\u0003\u0004".getBytes(
                StandardCharsets.ISO_8859_1), 2, 5_000);
        JsonObject document = Uploads.uploaded(syndic, Form.of(building, "works_quote", "Devis toiture")
                .fileFirst(quote));
        assertEquals("WorksQuote", document.getString("document_type"));
        assertEquals("application/zip", document.getString("mime_type"), "the type its bytes say, none declared");
        assertEquals(quote.sha256(), Uploads.download(syndic, document.getString("id")).sha256());
    }

    @Test
    void fiftyMegabytesGoUpAndComeBackIdentical() throws Exception {
        String building = Property.buildingId(syndic);
        File statements = File.pdf("comptes.pdf", FIFTY_MB, 3);
        JsonObject document = Uploads.uploaded(syndic, Form.of(building, "FinancialStatement", "Comptes 2024")
                .file(statements));
        assertEquals(FIFTY_MB, document.getJsonNumber("file_size").longValue());
        Download download = Uploads.download(syndic, document.getString("id"));
        assertEquals(200, download.status());
        assertEquals(FIFTY_MB, download.length());
        assertEquals(statements.sha256(), download.sha256());
    }

    @Test
    void aCurrentCopyIs304AndARangeIs206() throws Exception {
        String building = Property.buildingId(syndic);
        File file = File.pdf("plan.pdf", 3 * 1024 * 1024 + 17, 4); // over three chunks
        String id = Uploads.uploaded(syndic, Form.of(building, "Other", "Plan").file(file)).getString("id");
        String etag = "\"" + file.sha256() + "\"";

        Download notModified = Uploads.download(syndic, id, "If-None-Match", etag);
        assertEquals(304, notModified.status());
        assertEquals(0, notModified.length());
        assertEquals(etag, notModified.header("ETag").orElseThrow());
        assertEquals(200, Uploads.download(syndic, id, "If-None-Match", "\"other\"").status());

        long from = 1024 * 1024 - 5;
        long to = 2 * 1024 * 1024 + 5; // across two chunk boundaries
        Download part = Uploads.download(syndic, id, "Range", "bytes=" + from + "-" + to);
        assertEquals(206, part.status());
        assertEquals("bytes " + from + "-" + to + "/" + file.size(), part.header("Content-Range").orElseThrow());
        assertEquals(to - from + 1, part.length());
        assertEquals(Uploads.sha256(slice(file, from, to - from + 1)), part.sha256());

        Download tail = Uploads.download(syndic, id, "Range", "bytes=-10");
        assertEquals(206, tail.status());
        assertEquals(Uploads.sha256(slice(file, file.size() - 10, 10)), tail.sha256());
        Download rest = Uploads.download(syndic, id, "Range", "bytes=" + (file.size() - 3) + "-");
        assertEquals("bytes " + (file.size() - 3) + "-" + (file.size() - 1) + "/" + file.size(),
                rest.header("Content-Range").orElseThrow());

        Download past = Uploads.download(syndic, id, "Range", "bytes=" + file.size() + "-");
        assertProblem(past.asText(), 416);
        assertEquals("bytes */" + file.size(), past.header("Content-Range").orElseThrow());
        assertEquals(200, Uploads.download(syndic, id, "Range", "bytes=0-1,5-6").status(), "several: the whole");

        Download gzipAccepted = Uploads.download(syndic, id, "Accept-Encoding", "gzip", "Range", "bytes=0-99");
        assertEquals(206, gzipAccepted.status());
        assertEquals(Uploads.sha256(slice(file, 0, 100)), gzipAccepted.sha256(), "the stored bytes, not gzipped");
        assertTrue(gzipAccepted.header("Content-Encoding").isEmpty(), "no coding named, identity neither");
        Download whole = Uploads.download(syndic, id, "Accept-Encoding", "gzip");
        assertEquals(200, whole.status());
        assertEquals(file.sha256(), whole.sha256());
        assertEquals(String.valueOf(file.size()), whole.header("Content-Length").orElseThrow());
        assertTrue(whole.header("Content-Encoding").isEmpty(), whole.headers().toString());
    }

    @Test
    void aFileNameIsServedSafely() throws Exception {
        String building = Property.buildingId(syndic);
        File file = File.pdf("..\\\\C:/tmp/Procès \\\"verbal\\\";.pdf", 100, 5);
        JsonObject document = Uploads.uploaded(syndic, Form.of(building, "Other", "Nom").file(file));
        assertEquals("Procès \"verbal\";.pdf", document.getString("file_name"), "no path, quotes kept as data");
        assertEquals("attachment; filename=\"Proc_s _verbal_;.pdf\";"
                        + " filename*=UTF-8''Proc%C3%A8s%20%22verbal%22%3B.pdf",
                Uploads.download(syndic, document.getString("id")).header("Content-Disposition").orElseThrow());
    }

    @Test
    void badFormsAreRefusedAndLeaveNothing() throws Exception {
        String building = Property.buildingId(syndic);
        File pdf = File.pdf("a.pdf", 2_000, 6);
        assertProblem(Uploads.upload(syndic, Form.of(building, "Invoice", "Facture")), 400);
        assertProblem(Uploads.upload(syndic, Form.of(building, "Invoice", "Facture").without("title").file(pdf)), 400);
        assertProblem(Uploads.upload(syndic, Form.of(building, "Receipt", "Facture").file(pdf)), 400);
        assertProblem(Uploads.upload(syndic, Form.of("not-a-uuid", "Invoice", "Facture").file(pdf)), 400);
        assertProblem(Uploads.upload(syndic, Form.of(building, "Invoice", " ").fileFirst(pdf)), 400);
        assertProblem(Uploads.upload(syndic, Form.of(UUID.randomUUID().toString(), "Invoice", "F").fileFirst(pdf)),
                404);
        File posing = new File("photo.pdf", "application/pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n',
                0x1a, '\n'}, 7, 1_000);
        assertProblem(Uploads.upload(syndic, Form.of(building, "Invoice", "Facture").file(posing)), 400);
        assertProblem(syndic.send("POST", DOCUMENTS, "application/json", "{\"title\":\"x\"}"), 415);
        assertProblem(syndic.send("POST", DOCUMENTS, "multipart/form-data", "--x--\r\n"), 400);
        assertEquals(List.of(), ids(syndic.get(DOCUMENTS)), "a refused upload stores nothing");
    }

    /** The declared length says too much: the answer comes before the body is sent, so nothing was read. */
    @Test
    void anOversizedUploadIsRefusedBeforeItIsRead() throws Exception {
        URI uri = platform.uri(DOCUMENTS);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + DOCUMENTS + " HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\n"
                    + "Authorization: Bearer " + syndic.token() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\n"
                    + "Content-Length: 1000000000\r\n\r\n--x\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String status = in.readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 413"), status);
            boolean problem = false;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                problem |= line.equalsIgnoreCase("Content-Type: application/problem+json");
            }
            assertTrue(problem, "a problem+json answer");
        }
    }

    @Test
    void rolesAndTenancyOnEveryRoute() throws Exception {
        String building = Property.buildingId(syndic);
        String notHeld = Property.buildingId(syndic);
        File file = File.pdf("r.pdf", 500, 8);
        String id = Uploads.uploaded(syndic, Form.of(building, "Regulation", "ROI").file(file)).getString("id");
        String hidden = Uploads.uploaded(syndic, Form.of(notHeld, "Contract", "Contrat").file(file)).getString("id");
        String path = DOCUMENTS + "/" + id;

        Api stranger = admin.newOrganizationSyndic();
        assertProblem(stranger.get(path), 404);
        assertProblem(Uploads.download(stranger, id).asText(), 404);
        assertProblem(stranger.delete(path), 404);
        assertEquals(List.of(), ids(stranger.get(DOCUMENTS)));
        assertProblem(stranger.get("/api/v1/buildings/" + building + "/documents"), 404);
        assertProblem(Uploads.upload(stranger, Form.of(building, "Other", "Intrus").file(file)), 404);

        Api anonymous = Api.anonymous(platform);
        assertProblem(anonymous.get(DOCUMENTS), 401);
        assertProblem(anonymous.get(path), 401);
        assertProblem(Uploads.download(anonymous, id).asText(), 401);
        assertProblem(Uploads.upload(anonymous, Form.of(building, "Other", "X").file(file)), 401);

        Api accountant = syndic.createUser("accountant");
        JsonObject byAccountant = Uploads.uploaded(accountant, Form.of(building, "Invoice", "Facture").file(file));
        assertEquals(file.sha256(), byAccountant.getString("sha256"));

        Api owner = syndic.createUser("owner");
        String ownerId = Property.ownerId(syndic);
        assertEquals(200, syndic.put("/api/v1/owners/" + ownerId + "/link-user",
                "{\"user_id\":\"" + owner.userId() + "\"}").statusCode());
        syndic.created("/api/v1/units/" + Property.unitId(syndic, building) + "/owners", Property.share(ownerId, "1"));
        assertEquals(List.of(id, byAccountant.getString("id")).stream().sorted().toList(),
                ids(owner.get(DOCUMENTS)).stream().sorted().toList(), "an owner reads its buildings' documents");
        assertEquals(file.sha256(), Uploads.download(owner, id).sha256());
        assertProblem(owner.get(DOCUMENTS + "/" + hidden), 404);
        assertProblem(Uploads.download(owner, hidden).asText(), 404);
        assertProblem(owner.get("/api/v1/buildings/" + notHeld + "/documents"), 404);
        assertProblem(Uploads.upload(owner, Form.of(building, "Other", "X").file(file)), 403);
        assertProblem(owner.delete(path), 403);

        assertEquals(204, accountant.delete(DOCUMENTS + "/" + byAccountant.getString("id")).statusCode());
        assertEquals(204, syndic.delete(path).statusCode());
        assertProblem(syndic.get(path), 404);
        assertProblem(Uploads.download(syndic, id).asText(), 404);
        assertEquals(file.sha256(), Uploads.download(syndic, hidden).sha256(),
                "a content shared by another document stays");
    }

    @Test
    void aDocumentLinksToAMeetingAndAnExpenseOfItsBuilding() throws Exception {
        String building = Property.buildingId(syndic);
        String other = Property.buildingId(syndic);
        String meeting = syndic.created(MeetingsIT.MEETINGS, MeetingsIT.meeting(building)).getString("id");
        String elsewhere = syndic.created(MeetingsIT.MEETINGS, MeetingsIT.meeting(other)).getString("id");
        String expense = syndic.created("/api/v1/expenses", Property.expense(building, "120.50")).getString("id");
        File file = File.pdf("pv.pdf", 800, 9);
        String id = Uploads.uploaded(syndic, Form.of(building, "MeetingMinutes", "PV").file(file)).getString("id");
        String path = DOCUMENTS + "/" + id;

        JsonObject linked = Http.json(syndic.put(path + "/link-meeting", "{\"meeting_id\":\"" + meeting + "\"}"));
        assertEquals(meeting, linked.getString("meeting_id"));
        assertEquals(List.of(id), bareIds(syndic.get(MeetingsIT.MEETINGS + "/" + meeting + "/documents")));
        assertEquals(List.of(), bareIds(syndic.get(MeetingsIT.MEETINGS + "/" + elsewhere + "/documents")));
        JsonObject invoiced = Http.json(syndic.put(path + "/link-expense", "{\"expense_id\":\"" + expense + "\"}"));
        assertEquals(expense, invoiced.getString("expense_id"));
        assertEquals(meeting, invoiced.getString("meeting_id"), "both links kept");
        assertEquals(invoiced, Http.json(syndic.get(path)));

        assertProblem(syndic.put(path + "/link-meeting", "{\"meeting_id\":\"" + elsewhere + "\"}"), 400);
        assertProblem(syndic.put(path + "/link-meeting", "{\"meeting_id\":\"" + UUID.randomUUID() + "\"}"), 404);
        assertProblem(syndic.put(path + "/link-expense", "{\"expense_id\":\"" + meeting + "\"}"), 404);
        assertProblem(syndic.put(path + "/link-meeting", "{}"), 400);

        Api stranger = admin.newOrganizationSyndic();
        String theirs = stranger.created(MeetingsIT.MEETINGS, MeetingsIT.meeting(Property.buildingId(stranger)))
                .getString("id");
        assertProblem(syndic.put(path + "/link-meeting", "{\"meeting_id\":\"" + theirs + "\"}"), 404);
        assertProblem(stranger.put(path + "/link-meeting", "{\"meeting_id\":\"" + theirs + "\"}"), 404);
        assertProblem(stranger.get(MeetingsIT.MEETINGS + "/" + meeting + "/documents"), 404);
        Api owner = syndic.createUser("owner");
        assertProblem(owner.put(path + "/link-meeting", "{\"meeting_id\":\"" + meeting + "\"}"), 403);
    }

    /**
     * A link is not ownership: deleting a meeting leaves its documents in their building, unlinked (their version
     * moves on), rather than dangling on a meeting that is gone or blocking its deletion.
     */
    @Test
    void aDeletedMeetingLeavesItsDocumentsUnlinked() throws Exception {
        String building = Property.buildingId(syndic);
        String meeting = syndic.created(MeetingsIT.MEETINGS, MeetingsIT.meeting(building)).getString("id");
        String kept = syndic.created(MeetingsIT.MEETINGS, MeetingsIT.meeting(building)).getString("id");
        String path = DOCUMENTS + "/" + Uploads.uploaded(syndic, Form.of(building, "MeetingMinutes", "PV")
                .file(File.pdf("pv.pdf", 500, 11))).getString("id");
        String other = DOCUMENTS + "/" + Uploads.uploaded(syndic, Form.of(building, "MeetingMinutes", "PV 2")
                .file(File.pdf("pv-2.pdf", 500, 12))).getString("id");
        assertEquals(200, syndic.put(path + "/link-meeting", "{\"meeting_id\":\"" + meeting + "\"}").statusCode());
        assertEquals(200, syndic.put(other + "/link-meeting", "{\"meeting_id\":\"" + kept + "\"}").statusCode());
        String etag = syndic.get(path).headers().firstValue("ETag").orElseThrow();

        assertEquals(204, syndic.delete(MeetingsIT.MEETINGS + "/" + meeting).statusCode());
        HttpResponse<String> unlinked = syndic.get(path);
        assertEquals(200, unlinked.statusCode(), "the document stays");
        assertEquals(JsonValue.NULL, Http.json(unlinked).getOrDefault("meeting_id", JsonValue.NULL));
        assertNotEquals(etag, unlinked.headers().firstValue("ETag").orElseThrow(), "its version moved on");
        assertEquals(kept, Http.json(syndic.get(other)).getString("meeting_id"), "another meeting's link stays");
        assertProblem(syndic.get(MeetingsIT.MEETINGS + "/" + meeting + "/documents"), 404);
        assertEquals(2, bareIds(syndic.get("/api/v1/buildings/" + building + "/documents")).size());
    }

    @Test
    void aBuildingWithDocumentsIsNotDeleted() throws Exception {
        String building = Property.buildingId(syndic);
        String path = DOCUMENTS + "/" + Uploads.uploaded(syndic, Form.of(building, "Contract", "Contrat")
                .file(File.pdf("contrat.pdf", 300, 10))).getString("id");
        assertProblem(syndic.delete("/api/v1/buildings/" + building), 409);
        assertEquals(200, syndic.get(path).statusCode());
        assertEquals(204, syndic.delete(path).statusCode());
        assertEquals(204, syndic.delete("/api/v1/buildings/" + building).statusCode());
    }

    private static java.io.InputStream slice(File file, long from, long length) throws Exception {
        java.io.InputStream in = file.open();
        in.skipNBytes(from);
        return new java.io.ByteArrayInputStream(in.readNBytes((int) length));
    }
}
