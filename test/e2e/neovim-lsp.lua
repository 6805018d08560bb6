-- Drives our language server from headless Neovim 0.7 (no vim.lsp.start, no -l mode).
-- Run by test/e2e/neovim.e2e.mjs: nvim --headless -u NONE -i NONE -n -c 'filetype on'
--   -c 'luafile test/e2e/neovim-lsp.lua' -c 'cquit 3' FILE.siaran
-- Inputs come from environment variables (ETIKA_*); exits 0 when every check passed,
-- 1 on a failed check, 3 when this script itself raised an error.

local env = vim.env
local TIMEOUT = tonumber(env.ETIKA_TIMEOUT_MS or '20000')

local function log(msg)
  io.stdout:write('[nvim] ' .. msg .. '\n')
end

local function fail(msg)
  io.stderr:write('[nvim] FAIL: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

-- Our language id for press releases; users put the same line in their init.lua.
vim.cmd('autocmd BufRead,BufNewFile *.siaran,*.rilis setfiletype siaran-pers')
vim.cmd('doautocmd BufRead')

local raw = {} -- uri -> LSP diagnostics as the server sent them
local messages = {}

local client_id = vim.lsp.start_client({
  name = 'etika-asn',
  cmd = { env.ETIKA_NODE or 'node', env.ETIKA_SERVER_JS, '--stdio' },
  root_dir = env.ETIKA_WORKSPACE,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      raw[result.uri] = result.diagnostics
      return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
    ['window/showMessage'] = function(_, result)
      table.insert(messages, result.message)
    end,
  },
  on_exit = function(code, signal)
    if code ~= 0 then
      io.stderr:write(('[nvim] server exited with code %s signal %s\n'):format(code, signal))
    end
  end,
})
if not client_id then
  return fail('vim.lsp.start_client returned nil')
end

local function attach_and_wait(path, expected_filetype)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  if vim.bo[bufnr].filetype ~= expected_filetype then
    return fail(('filetype of %s is "%s", expected "%s"'):format(path, vim.bo[bufnr].filetype, expected_filetype))
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local uri = vim.uri_from_bufnr(bufnr)
  local got = vim.wait(TIMEOUT, function()
    return raw[uri] ~= nil and #raw[uri] > 0
  end, 50)
  if not got then
    return fail(('no diagnostics for %s within %d ms (server messages: %s)'):format(path, TIMEOUT, table.concat(messages, ' | ')))
  end
  log(('%s: %d diagnostics'):format(vim.fn.fnamemodify(path, ':t'), #raw[uri]))
  return bufnr, uri
end

-- 1. the press release: diagnostics, with source, code and the NIK finding
local bufnr, uri = attach_and_wait(env.ETIKA_SIARAN, 'siaran-pers')
if not bufnr then return end
local nik
for _, d in ipairs(raw[uri]) do
  if d.source ~= 'etika-asn' then
    return fail('diagnostic without source etika-asn: ' .. vim.inspect(d))
  end
  if d.code == env.ETIKA_NIK_RULE then
    nik = d
  end
end
if not nik then
  return fail(('no %s diagnostic; got %s'):format(env.ETIKA_NIK_RULE, vim.inspect(vim.tbl_map(function(d) return d.code end, raw[uri]))))
end
if tonumber(env.ETIKA_SIARAN_COUNT) ~= #raw[uri] then
  return fail(('expected %s diagnostics, got %d'):format(env.ETIKA_SIARAN_COUNT, #raw[uri]))
end
if vim.fn.has('nvim-0.7') == 1 and #vim.diagnostic.get(bufnr) ~= #raw[uri] then
  return fail('vim.diagnostic does not show what the server published')
end

-- 2. code actions on the NIK; apply the redaction
local client = vim.lsp.get_client_by_id(client_id)
local response = client.request_sync('textDocument/codeAction', {
  textDocument = { uri = uri },
  range = nik.range,
  context = { diagnostics = { nik }, only = { 'quickfix' } },
}, TIMEOUT, bufnr)
if not response or response.err or not response.result then
  return fail('codeAction request failed: ' .. vim.inspect(response))
end
local titles = vim.tbl_map(function(a) return a.title end, response.result)
log('code actions: ' .. table.concat(titles, ' | '))
local redaction
for _, action in ipairs(response.result) do
  if action.title == env.ETIKA_FIX_TITLE then
    redaction = action
  end
end
if not redaction then
  return fail(('no code action "%s" among %s'):format(env.ETIKA_FIX_TITLE, vim.inspect(titles)))
end
if redaction.edit then
  vim.lsp.util.apply_workspace_edit(redaction.edit, client.offset_encoding)
elseif redaction.command then
  -- the server answers with workspace/applyEdit, which Neovim's default handler applies
  client.request_sync('workspace/executeCommand', redaction.command, TIMEOUT, bufnr)
else
  return fail('code action has neither edit nor command: ' .. vim.inspect(redaction))
end
vim.cmd('silent write')
log('redaction applied and saved')

-- after the edit the server re-checks: the NIK finding is gone
local cleared = vim.wait(TIMEOUT, function()
  for _, d in ipairs(raw[uri] or {}) do
    if d.code == env.ETIKA_NIK_RULE then return false end
  end
  return true
end, 50)
if not cleared then
  return fail('the NIK diagnostic is still there after the redaction')
end

-- 3. the compliance summary command answers with the verdict
local summary = client.request_sync('workspace/executeCommand', {
  command = 'etikaAsn.summary',
  arguments = { uri },
}, TIMEOUT, bufnr)
local markdown = summary and summary.result and summary.result.markdown or ''
if not markdown:find(env.ETIKA_VERDICT, 1, true) then
  return fail(('summary without verdict "%s": %s'):format(env.ETIKA_VERDICT, vim.inspect(summary)))
end
log('summary verdict: ' .. env.ETIKA_VERDICT)

-- 4. a Markdown caption is checked too
local md_buf, md_uri = attach_and_wait(env.ETIKA_CAPTION, 'markdown')
if not md_buf then return end
if tonumber(env.ETIKA_CAPTION_COUNT) ~= #raw[md_uri] then
  return fail(('expected %s diagnostics in the caption, got %d'):format(env.ETIKA_CAPTION_COUNT, #raw[md_uri]))
end

vim.lsp.stop_client(client_id)
vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
log('PASS')
vim.cmd('qall!')
