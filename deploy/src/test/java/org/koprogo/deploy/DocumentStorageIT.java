package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;
import static org.koprogo.deploy.Uploads.DOCUMENTS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.koprogo.deploy.Uploads.File;
import org.koprogo.deploy.Uploads.Form;

/**
 * Documents kept where every instance sees them: two instances on one PostgreSQL, the first on the shipped
 * settings (concurrent 50 MB uploads within its memory), the second with small caps (the file cap counted as the
 * bytes arrive, an organization's storage, one copy of the same bytes, contents freed with their last document).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentStorageIT {

    private static final String ADMIN = "ops@example.be";
    private static final long MIB = 1024 * 1024;
    /**
     * What the process may grow by while it takes 200 MB: its buffers, its heap filling up to its cap; a store that
     * held uploads off the heap would pass it.
     */
    private static final long GROWTH_BUDGET = 100 * MIB;

    @TempDir
    static Path work;

    private ExternalDatabase database;
    private RunningPlatform shipped;
    private RunningPlatform small;
    private Api admin;

    @BeforeAll
    void startTwoInstances() throws Exception {
        database = new ExternalDatabase();
        Map<String, String> environment = database.environmentWithAdmin(ADMIN);
        shipped = RunningPlatform.start(work.resolve("data"), environment);
        environment.put("KOPROGO_MAX_UPLOAD_BYTES", String.valueOf(MIB));
        environment.put("KOPROGO_MAX_ORGANIZATION_STORAGE_BYTES", String.valueOf(5 * MIB / 2));
        small = RunningPlatform.start(work.resolve("data"), environment);
        admin = Api.login(shipped, ADMIN, Api.PASSWORD);
    }

    @AfterAll
    void stop() throws Exception {
        RunningPlatform.closeAll(small, shipped, database);
    }

    @Test
    void fourConcurrentFiftyMegabyteUploadsFitTheHeapAndAnotherInstanceServesThem() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        String building = Property.buildingId(syndic);
        List<File> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            files.add(File.pdf("releve-" + i + ".pdf", DocumentsIT.FIFTY_MB, 100 + i));
        }
        long before = peakResidentMemory(shipped);
        ExecutorService pool = Executors.newFixedThreadPool(files.size());
        try {
            List<Future<JsonObject>> uploads = new ArrayList<>();
            for (File file : files) {
                uploads.add(pool.submit(() -> Uploads.uploaded(syndic,
                        Form.of(building, "FinancialStatement", file.name()).file(file))));
            }
            Api onTheOther = Api.bearer(small, syndic.token());
            for (int i = 0; i < files.size(); i++) {
                JsonObject document = uploads.get(i).get();
                Uploads.Download download = Uploads.download(onTheOther, document.getString("id"));
                assertEquals(200, download.status());
                assertEquals(files.get(i).sha256(), download.sha256(), "stored by one instance, served by the other");
            }
        } finally {
            pool.shutdownNow();
        }
        long peak = peakResidentMemory(shipped);
        System.out.println("peak RSS before 4 concurrent 50 MB uploads: " + before / MIB + " MiB, after: "
                + peak / MIB + " MiB");
        assertTrue(peak - before < GROWTH_BUDGET, "peak RSS from " + before / MIB + " to " + peak / MIB + " MiB");
        String log = shipped.log();
        assertFalse(log.contains("OutOfMemoryError"), log);
    }

    @Test
    void capsCountTheBytesStoredOncePerOrganizationUntilTheirLastDocumentGoes() throws Exception {
        Api syndic = Api.bearer(small, admin.newOrganizationSyndic().token());
        String building = Property.buildingId(syndic);

        File over = File.pdf("trop.pdf", MIB + 1, 1);
        assertProblem(Uploads.upload(syndic, Form.of(building, "Other", "Trop").file(over)), 413);
        assertProblem(Uploads.upload(syndic, Form.of(building, "Other", "Trop").file(over).chunked()), 413);
        File whole = File.pdf("juste.pdf", MIB, 5);
        JsonObject chunked = Uploads.uploaded(syndic, Form.of(building, "Other", "Juste").file(whole).chunked());
        assertEquals(whole.sha256(), Uploads.download(syndic, chunked.getString("id")).sha256());
        assertEquals(204, syndic.delete(DOCUMENTS + "/" + chunked.getString("id")).statusCode());

        File a = File.pdf("a.pdf", MIB, 2);
        File b = File.pdf("b.pdf", MIB, 3);
        File c = File.pdf("c.pdf", MIB, 4);
        JsonObject first = Uploads.uploaded(syndic, Form.of(building, "Invoice", "A").file(a));
        JsonObject again = Uploads.uploaded(syndic, Form.of(building, "Invoice", "A encore").file(a));
        assertEquals(first.getString("sha256"), again.getString("sha256"));
        Uploads.uploaded(syndic, Form.of(building, "Invoice", "B").file(b)); // 2 MiB stored: A once, B
        assertProblem(Uploads.upload(syndic, Form.of(building, "Invoice", "C").file(c)), 413);

        assertEquals(204, syndic.delete(DOCUMENTS + "/" + first.getString("id")).statusCode());
        assertProblem(Uploads.upload(syndic, Form.of(building, "Invoice", "C").file(c)), 413);
        assertEquals(a.sha256(), Uploads.download(syndic, again.getString("id")).sha256(), "still shared");
        assertEquals(204, syndic.delete(DOCUMENTS + "/" + again.getString("id")).statusCode());
        JsonObject third = Uploads.uploaded(syndic, Form.of(building, "Invoice", "C").file(c));
        assertEquals(c.sha256(), Uploads.download(syndic, third.getString("id")).sha256(),
                "the last document deleted freed its content");
    }

    /** The highest resident memory of the platform's process so far (VmHWM, Linux). */
    private static long peakResidentMemory(RunningPlatform platform) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + platform.pid() + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmHWM for " + platform.pid());
    }
}
