package org.koprogo.expenses.expense.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.data.boundary.DataOwner;
import org.koprogo.core.data.boundary.DataSet;
import org.koprogo.core.data.boundary.TableRows;

/**
 * module-expenses' tables for whole organizations: expenses, and the organizations' own accounts with the version
 * of their chart that the account caches compare ({@code account_chart_versions}, scoped by organization).
 */
@ApplicationScoped
public class ExpenseData implements DataOwner {

    private static final List<String> EXPENSES = List.of("id", "organization_id", "building_id", "category",
            "description", "amount", "expense_date", "supplier", "invoice_number", "account_code", "approval_status",
            "submitted_at", "approved_by", "approved_at", "rejection_reason", "payment_status", "paid_date");

    @Override
    public String module() {
        return "expenses";
    }

    @Override
    public Map<String, Long> write(DataSet data, Connection connection) throws SQLException {
        return new TableRows(connection)
                .insert("expenses", EXPENSES, data.expenses(), (e, s) -> {
                    s.setObject(1, e.id());
                    s.setObject(2, e.organizationId());
                    s.setObject(3, e.buildingId());
                    s.setString(4, e.category());
                    s.setString(5, e.description());
                    s.setBigDecimal(6, e.amount());
                    s.setObject(7, e.expenseDate());
                    s.setString(8, e.supplier());
                    s.setString(9, e.invoiceNumber());
                    s.setString(10, e.accountCode());
                    s.setString(11, e.approvalStatus());
                    s.setObject(12, e.submittedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                    s.setObject(13, e.approvedBy(), Types.OTHER);
                    s.setObject(14, e.approvedAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                    s.setString(15, e.rejectionReason());
                    s.setString(16, e.paymentStatus());
                    s.setObject(17, e.paidDate(), Types.TIMESTAMP_WITH_TIMEZONE);
                })
                .counts();
    }

    @Override
    public Map<String, Long> remove(Collection<UUID> organizations, Connection connection) throws SQLException {
        return new TableRows(connection)
                .delete("expenses", "organization_id", organizations)
                .delete("accounts", "organization_id", organizations)
                .delete("account_chart_versions", "scope", organizations)
                .counts();
    }
}
