-- wrk: POST the demo drawings in turn, as the plugin sends a sample: the raw file as the body,
-- Content-Type image/png, Content-Length, keep-alive (checked with a capturing server, see README).
-- usage: wrk -s post.lua URL -- FILE...   (bench/run.sh passes the demo drawings)
local requests = {}
local next_one = 0

function init(args)
  for _, path in ipairs(args) do
    local f = assert(io.open(path, "rb"))
    local body = f:read("*a")
    f:close()
    requests[#requests + 1] = wrk.format("POST", nil, {
      ["Content-Type"] = "image/png",
      ["Accept-Encoding"] = "gzip, x-gzip, deflate",
    }, body)
  end
  assert(#requests > 0, "post.lua: name the files to send after --")
end

function request()
  next_one = next_one % #requests + 1
  return requests[next_one]
end
