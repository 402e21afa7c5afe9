-- Runs the reference's script as it is (dofile) and counts every answer by status, which wrk itself does not:
-- the platform's /metrics count by route and status class, these counts tell a 409 from a 404.
dofile(os.getenv("REFERENCE_SCRIPT"))

local threads = {}
function setup(thread)
    table.insert(threads, thread)
end

statuses = {}
local reference_response = response
response = function(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
    reference_response(status, headers, body)
end

local reference_done = done
done = function(summary, latency, requests)
    reference_done(summary, latency, requests)
    local total = {}
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("statuses")) do
            total[status] = (total[status] or 0) + count
        end
    end
    io.write("statuses:")
    for status, count in pairs(total) do
        io.write(string.format(" %d=%d", status, count))
    end
    io.write("\n")
end
