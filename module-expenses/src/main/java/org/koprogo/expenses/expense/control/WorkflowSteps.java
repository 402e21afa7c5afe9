package org.koprogo.expenses.expense.control;

import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import org.koprogo.core.json.boundary.JsonMapping;
import org.koprogo.core.problem.boundary.InvalidInputException;
import org.koprogo.core.problem.boundary.Problem;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Role;
import org.koprogo.expenses.expense.boundary.Rejection;
import org.koprogo.expenses.expense.entity.Expense;

/**
 * The workflow steps by their route names. Accountants submit, pay and cancel; only a syndic or a superadmin
 * approves or rejects.
 */
@ApplicationScoped
public class WorkflowSteps {

    @Inject
    Caller caller;

    /** @param body the request body; only reject reads one ({@code {"rejection_reason": …}}) */
    public Consumer<Expense> named(String step, String body) throws JsonProcessingException {
        return switch (step) {
            case "submit", "submit-for-approval" -> Expense::submit;
            case "approve" -> {
                requireApprover();
                yield expense -> expense.approve(caller.userId());
            }
            case "reject" -> {
                requireApprover();
                String reason = reason(body);
                yield expense -> expense.reject(caller.userId(), reason);
            }
            case "mark-paid" -> Expense::markPaid;
            case "cancel" -> Expense::cancel;
            default -> throw new NotFoundException("No expense step " + step);
        };
    }

    private void requireApprover() {
        if (!caller.is(Role.SYNDIC) && !caller.isSuperadmin()) {
            throw new ForbiddenException("Only a syndic or a superadmin approves or rejects an expense");
        }
    }

    private static String reason(String body) throws JsonProcessingException {
        Rejection rejection = body == null || body.isBlank() ? null
                : JsonMapping.MAPPER.readValue(body, Rejection.class);
        String reason = rejection == null ? null : rejection.rejectionReason();
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidInputException(List.of(Problem.InvalidField.inBody("#/rejection_reason",
                    "must say why, in 1 to 1000 characters")));
        }
        return reason.strip();
    }
}
