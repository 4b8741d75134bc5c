-- Drives wirecheck-clangd from Neovim's built-in LSP client, as a user's
-- editor does: open a file, wait for our diagnostic, ask for the code action
-- of its fix-it, apply it, and write down what happened.
--
-- Environment: WIRECHECK_CLANGD (the server), PROJECT (root with
-- compile_commands.json, .clang-tidy, .clangd), FILE (to open), REPORT (a
-- file this script writes for FileCheck). Exits non-zero on any failure.

local clangd = os.getenv('WIRECHECK_CLANGD')
local root = os.getenv('PROJECT')
local file = os.getenv('FILE')
local report_path = os.getenv('REPORT')
local lines_out = {}

local function say(line)
  table.insert(lines_out, line)
end

local function finish(code)
  local f = assert(io.open(report_path, 'w'))
  f:write(table.concat(lines_out, '\n') .. '\n')
  f:close()
  if code == 0 then
    vim.cmd('qall!')
  else
    vim.cmd('cquit ' .. code)
  end
end

local function fail(msg)
  say('FAIL: ' .. msg)
  finish(1)
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(bufnr)

-- Keep the raw LSP diagnostics as the server published them.
local published = nil
local client_id = vim.lsp.start_client({
  name = 'wirecheck-clangd',
  cmd = { clangd, '--background-index=false', '--log=error' },
  root_dir = root,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result and result.uri == uri and #result.diagnostics > 0 then
        published = result.diagnostics
      end
      return vim.lsp.handlers['textDocument/publishDiagnostics'](
        err, result, ctx, config)
    end,
  },
})
if not client_id then
  fail('could not start ' .. tostring(clangd))
end
vim.lsp.buf_attach_client(bufnr, client_id)

if not vim.wait(60000, function() return published ~= nil end, 50) then
  fail('no diagnostics published for ' .. file)
end

local ours = nil
for _, d in ipairs(published) do
  say(string.format('diagnostic %d:%d source=%s code=%s: %s',
    d.range.start.line + 1, d.range.start.character + 1,
    tostring(d.source), tostring(d.code), d.message))
  if type(d.code) == 'string' and d.code:match('^wire%-') then
    ours = ours or d
  end
end
if not ours then
  fail('no wire-* diagnostic among ' .. #published)
end

local client = vim.lsp.get_client_by_id(client_id)
local response = client.request_sync('textDocument/codeAction', {
  textDocument = { uri = uri },
  range = ours.range,
  context = { diagnostics = { ours }, only = { 'quickfix' } },
}, 30000, bufnr)
if not response or response.err or not response.result then
  fail('codeAction request failed: ' .. vim.inspect(response))
end

local before = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false),
  '\n')
local applied = false
for _, action in ipairs(response.result) do
  say(string.format('action kind=%s: %s', tostring(action.kind),
    action.title))
  if not applied and action.edit then
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
    applied = true
  end
end
if not applied then
  fail('no code action with an edit')
end

local after = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
if table.concat(after, '\n') == before then
  fail('the buffer did not change')
end
for i, line in ipairs(after) do
  say(string.format('buffer %d: %s', i, line))
end
vim.lsp.stop_client(client_id)
finish(0)
