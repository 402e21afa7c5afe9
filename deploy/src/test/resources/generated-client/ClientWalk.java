package org.koprogo.client.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.koprogo.client.ApiClient;
import org.koprogo.client.ApiException;
import org.koprogo.client.ApiResponse;
import org.koprogo.client.api.AuthApi;
import org.koprogo.client.api.BuildingsApi;
import org.koprogo.client.api.DocumentsApi;
import org.koprogo.client.api.ExpensesApi;
import org.koprogo.client.api.OwnersApi;
import org.koprogo.client.model.BuildingRequest;
import org.koprogo.client.model.BuildingResponse;
import org.koprogo.client.model.DocumentResponse;
import org.koprogo.client.model.ExpenseRequest;
import org.koprogo.client.model.ExpenseResponse;
import org.koprogo.client.model.LoginRequest;
import org.koprogo.client.model.OrganizationRequest;
import org.koprogo.client.model.OrganizationResponse;
import org.koprogo.client.model.OwnerRequest;
import org.koprogo.client.model.OwnerResponse;
import org.koprogo.client.model.ShareRequest;
import org.koprogo.client.model.ShareResponse;
import org.koprogo.client.model.TokenResponse;
import org.koprogo.client.model.UnitRequest;
import org.koprogo.client.model.UnitResponse;
import org.koprogo.client.model.UserRequest;
import org.koprogo.client.model.UserResponse;

/**
 * What a client developer writes against the client generated from the platform's /openapi: a superadmin opens
 * an organization and its syndic, who signs in and records a building, a unit, an owner, the owner's share and
 * an expense, then reads them back, and uploads an invoice through the generated multipart form. GeneratedClientIT compiles it with the generated sources (it cannot be
 * compiled before them) and runs it against the platform.
 */
public final class ClientWalk implements Consumer<String> {

    private static final String PASSWORD = "correct horse 42";

    @Override
    public void accept(String base) {
        try {
            walk(base);
        } catch (ApiException e) {
            throw new AssertionError("the platform answered " + e.getCode() + ": " + e.getResponseBody(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(String base) throws ApiException, IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        AuthApi admin = new AuthApi(signedIn(base, "admin@koprogo.com", "admin123"));
        OrganizationResponse organization = admin.createOrganization(new OrganizationRequest()
                .name("Copropriété " + tag).slug("copro-" + tag).contactEmail("syndic@" + tag + ".be")
                .subscriptionPlan("professional"), null);
        String email = "syndic-" + tag + "@example.be";
        UserResponse user = admin.createUser(new UserRequest().email(email).password(PASSWORD).firstName("Jeanne")
                .lastName("Dupont").role("syndic").organizationId(organization.getId()), null);
        assertEquals(UserResponse.RoleEnum.SYNDIC, user.getRole());

        ApiClient syndic = signedIn(base, email, PASSWORD);
        BuildingsApi buildings = new BuildingsApi(syndic);
        OwnersApi owners = new OwnersApi(syndic);
        ExpensesApi expenses = new ExpensesApi(syndic);
        BuildingResponse building = buildings.createBuilding(new BuildingRequest().name("Résidence " + tag)
                .address("Rue Neuve 1").city("Bruxelles").postalCode("1000").country("Belgique").totalUnits(1)
                .totalTantiemes(1000), null);
        UnitResponse unit = buildings.createUnit(new UnitRequest().buildingId(building.getId()).unitNumber("A1")
                .unitType("Apartment").floor(1).surfaceArea(new BigDecimal("80.5")).quota(new BigDecimal("1000")),
                null);
        OwnerResponse owner = owners.createOwner(new OwnerRequest().firstName("Marie").lastName("Peeters")
                .email("marie-" + tag + "@example.be"), null);
        ShareResponse share = owners.grantShare(unit.getId(), new ShareRequest().ownerId(owner.getId())
                .ownershipPercentage(BigDecimal.ONE).isPrimaryContact(true), null);
        ExpenseResponse expense = expenses.createExpense(new ExpenseRequest().buildingId(building.getId())
                .category("Maintenance").description("Entretien de l'ascenseur").amount(new BigDecimal("150.50"))
                .expenseDate(OffsetDateTime.parse("2025-10-30T00:00:00Z")), null);

        BuildingResponse readBuilding = buildings.getBuilding(building.getId(), null);
        assertEquals("Résidence " + tag, readBuilding.getName());
        assertEquals(1000, readBuilding.getTotalTantiemes());
        assertEquals(organization.getId(), readBuilding.getOrganizationId(), "the syndic's organization");

        UnitResponse readUnit = buildings.getUnit(unit.getId(), null);
        assertEquals(UnitResponse.UnitTypeEnum.APARTMENT, readUnit.getUnitType());
        assertEquals(0, new BigDecimal("1000").compareTo(readUnit.getQuota()));
        assertEquals(building.getId(), readUnit.getBuildingId());

        assertEquals("Peeters", owners.getOwner(owner.getId(), null).getLastName());
        ApiResponse<List<ShareResponse>> shares = owners.listUnitSharesWithHttpInfo(unit.getId(), null, null, null,
                null);
        assertEquals(1, shares.getData().size());
        assertEquals(share.getId(), shares.getData().get(0).getId());
        assertEquals(owner.getId(), shares.getData().get(0).getOwnerId());
        assertEquals(0, BigDecimal.ONE.compareTo(shares.getData().get(0).getOwnershipPercentage()));
        assertEquals(Boolean.TRUE, shares.getData().get(0).getIsPrimaryContact());
        assertEquals(List.of("1"), shares.getHeaders().get("X-Total-Count"));

        ExpenseResponse readExpense = expenses.getExpense(expense.getId(), null);
        assertEquals(ExpenseResponse.CategoryEnum.MAINTENANCE, readExpense.getCategory());
        assertEquals(0, new BigDecimal("150.50").compareTo(readExpense.getAmount()));
        assertEquals(OffsetDateTime.parse("2025-10-30T00:00:00Z").toInstant(),
                readExpense.getExpenseDate().toInstant());
        assertEquals(ExpenseResponse.ApprovalStatusEnum.DRAFT, readExpense.getApprovalStatus());
        assertEquals(ExpenseResponse.ApprovalStatusEnum.PENDING_APPROVAL,
                expenses.submitExpense(expense.getId(), null).getApprovalStatus());
        ExpenseResponse approved = expenses.approveExpense(expense.getId(), null);
        assertEquals(ExpenseResponse.ApprovalStatusEnum.APPROVED, approved.getApprovalStatus());
        assertEquals(user.getId(), approved.getApprovedBy());
        List<ExpenseResponse> ofBuilding = expenses.listBuildingExpenses(building.getId(), null, null, null, null);
        assertEquals(1, ofBuilding.size());
        assertEquals(expense.getId(), ofBuilding.get(0).getId());

        // the upload's form, as /openapi lists its fields, built by the generated code
        Path invoice = Files.createTempFile("facture-", ".pdf");
        Files.writeString(invoice, "%PDF-1.4\n% a generated client's upload\n%%EOF\n");
        DocumentResponse document = new DocumentsApi(syndic).uploadDocument(invoice.toFile(), building.getId(),
                "Invoice", "Facture " + tag, null, "Entretien de l'ascenseur");
        assertEquals("Facture " + tag, document.getTitle());
        assertEquals(building.getId(), document.getBuildingId());
        assertEquals(Long.valueOf(Files.size(invoice)), document.getFileSize());
        assertEquals("application/pdf", document.getMimeType());
        Files.delete(invoice);
    }

    /** A client of the platform at {@code base} sending the access token of a sign-in. */
    private static ApiClient signedIn(String base, String email, String password) throws ApiException {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(base);
        TokenResponse token = new AuthApi(anonymous).login(new LoginRequest().email(email).password(password), null);
        assertEquals("Bearer", token.getTokenType());
        assertNotNull(token.getUser());
        ApiClient client = new ApiClient();
        client.updateBaseUri(base);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.getToken()));
        return client;
    }
}
