package org.koprogo.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.koprogo.deploy.Problems.assertProblem;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in, the session's tokens and their end, as KoproGo clients use them. */
@ExtendWith(SharedPlatform.class)
class AuthIT {

    final RunningPlatform platform;
    final Api admin;

    AuthIT(RunningPlatform platform) throws Exception {
        this.platform = platform;
        this.admin = Api.admin(platform);
    }

    private HttpResponse<String> login(String email, String password) throws Exception {
        return Api.anonymous(platform).post("/api/v1/auth/login",
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password));
    }

    private HttpResponse<String> refresh(String refreshToken) throws Exception {
        return Api.anonymous(platform).post("/api/v1/auth/refresh", "{\"refresh_token\":\"" + refreshToken + "\"}");
    }

    @Test
    void loginAnswersKoproGosShape() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        HttpResponse<String> response = login(syndic.user().getString("email").toUpperCase(), Api.PASSWORD);
        assertEquals(200, response.statusCode(), "emails match whatever their case: " + response.body());
        JsonObject body = Http.json(response);
        assertEquals(Set.of("token", "refresh_token", "expires_in", "token_type", "user"), body.keySet());
        assertEquals("Bearer", body.getString("token_type"));
        assertEquals(900, body.getInt("expires_in"));
        assertEquals(3, body.getString("token").split("\\.").length, "a compact JWS");
        JsonObject user = body.getJsonObject("user");
        assertTrue(user.keySet().containsAll(List.of("id", "email", "first_name", "last_name", "role",
                "organization_id", "is_active")), user.toString());
        assertEquals("syndic", user.getString("role"));
        assertEquals(syndic.organizationId(), user.getString("organization_id"));
        assertFalse(response.body().contains("password"), "no hash ever leaves: " + response.body());

        JsonObject me = Http.json(syndic.get("/api/v1/auth/me"));
        assertEquals(syndic.userId(), me.getString("id"));
        assertEquals(syndic.user().getString("email"), me.getString("email"));
        JsonObject superadmin = Http.json(admin.get("/api/v1/auth/me"));
        assertEquals("superadmin", superadmin.getString("role"));
        assertTrue(superadmin.isNull("organization_id"), "null, not absent, as KoproGo sends it: " + superadmin);
    }

    @Test
    void everyRefusedLoginIsTheSame401() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        Api deactivated = syndic.createUser("accountant");
        assertEquals(200, syndic.put("/api/v1/users/" + deactivated.userId() + "/deactivate", null).statusCode());

        List<HttpResponse<String>> refused = List.of(
                login("nobody-" + System.nanoTime() + "@example.be", Api.PASSWORD),
                login(syndic.user().getString("email"), "wrong password"),
                login(deactivated.user().getString("email"), Api.PASSWORD));
        for (HttpResponse<String> response : refused) {
            JsonObject problem = assertProblem(response, 401);
            assertEquals("Invalid email or password", problem.getString("detail"), problem.toString());
        }
    }

    @Test
    void loginNeedsBothFields() throws Exception {
        JsonObject problem = assertProblem(Api.anonymous(platform).post("/api/v1/auth/login", "{\"email\":\"\"}"), 400);
        List<String> pointers = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("pointer")).sorted().toList();
        assertEquals(List.of("#/email", "#/password"), pointers);
    }

    @Test
    void refreshRotatesAndAReusedTokenRevokesItsFamily() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        String first = syndic.refreshToken();

        JsonObject rotated = Http.json(refresh(first));
        String second = rotated.getString("refresh_token");
        assertNotEquals(first, second);
        assertEquals(syndic.userId(), rotated.getJsonObject("user").getString("id"));
        assertEquals(200, Api.bearer(platform, rotated.getString("token")).get("/api/v1/auth/me").statusCode());

        JsonObject reuse = assertProblem(refresh(first), 401);
        assertTrue(reuse.getString("detail").contains("already used"), reuse.toString());
        assertProblem(refresh(second), 401);
        assertProblem(refresh("not-a-token"), 401);
    }

    @Test
    void aSecondLoginIsAnotherSessionThatLogoutEndsAlone() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        Api otherDevice = Api.login(platform, syndic.user().getString("email"), Api.PASSWORD);

        HttpResponse<String> logout = Api.anonymous(platform).post("/api/v1/auth/logout",
                "{\"refresh_token\":\"" + otherDevice.refreshToken() + "\"}");
        assertEquals(200, logout.statusCode(), logout.body());
        assertEquals("logged out", Http.json(logout).getString("message"));
        assertProblem(refresh(otherDevice.refreshToken()), 401);
        assertEquals(200, refresh(syndic.refreshToken()).statusCode(), "the first session lives on");
    }

    @Test
    void logoutWithOnlyTheAccessTokenEndsEverySession() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        Api otherDevice = Api.login(platform, syndic.user().getString("email"), Api.PASSWORD);
        assertEquals(200, syndic.post("/api/v1/auth/logout", null).statusCode());
        assertProblem(refresh(syndic.refreshToken()), 401);
        assertProblem(refresh(otherDevice.refreshToken()), 401);
        assertProblem(Api.anonymous(platform).post("/api/v1/auth/logout", null), 401);
    }

    @Test
    void protectedRoutesNeedAToken() throws Exception {
        for (String path : List.of("/api/v1/auth/me", "/api/v1/buildings", "/api/v1/users", "/api/v1/organizations",
                "/api/v1/expenses")) {
            HttpResponse<String> response = Api.anonymous(platform).get(path);
            assertProblem(response, 401);
            assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(""), path);
        }
        assertEquals(200, Api.anonymous(platform).get("/api/v1/health").statusCode(), "health stays public");
    }

    @Test
    void throttlesAnAccountAfterFiveFailuresEvenForTheRightPassword() throws Exception {
        Api syndic = admin.newOrganizationSyndic();
        String email = syndic.user().getString("email");
        for (int i = 0; i < 10; i++) {
            assertEquals(200, login(email, Api.PASSWORD).statusCode(), "successful logins never count");
        }
        for (int i = 0; i < 5; i++) {
            assertProblem(login(email, "guess " + i), 401);
        }
        HttpResponse<String> throttled = login(email, Api.PASSWORD);
        assertProblem(throttled, 429);
        long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 800 && retryAfter <= 900, "the 15-minute window: " + retryAfter);
        assertEquals(200, login(admin.user().getString("email"), Api.ADMIN_PASSWORD).statusCode(),
                "other accounts are unaffected");
    }
}
