# Non-interactive driver for the HBase 2.4 shell (hbase-shell jar + jruby-complete on the classpath).
# Sets the shell up the way the shell's own launcher does (log levels, hbase_constants, hbase_shell,
# a Hbase::Hbase on a configuration that points at the target ZooKeeper, a Shell::Shell and its IRB
# workspace), then evaluates the commands of a script file one by one in that workspace and prints,
# for each, a header line, everything the command printed, and what IRB would echo ("=> value").
#
# The shell runs in its interactive mode, so that a failing command prints the shell's own
# "ERROR: ..." text and the script goes on, exactly as a user typing the commands would see it.
#
# Usage: java ... org.jruby.Main tests/shell/driver.rb --zk-port N [--zk-quorum HOST] SCRIPT
# Script: one shell command per line; blank lines and lines starting with '#' are skipped.
# Output blocks: "### <line number>: <command>" followed by the command's output.
# A line "@setup <ruby>" is evaluated in the same workspace with its output discarded and no block:
# for preparing a target (e.g. dropping a table a server's start-up probe left behind).
include Java

zk_quorum = '127.0.0.1'
zk_port = nil
script = nil
args = ARGV.dup
ARGV.clear # IRB.setup below parses ARGV
until args.empty?
  arg = args.shift
  case arg
  when '--zk-quorum' then zk_quorum = args.shift
  when '--zk-port' then zk_port = args.shift
  else script = arg
  end
end
abort 'usage: driver.rb --zk-port N [--zk-quorum HOST] SCRIPT' if zk_port.nil? || script.nil?

$stdout.sync = true
$stderr.sync = true
# JRuby 9.2.13 on Java 17 cannot load its native POSIX layer (jffi: "Bad argument type") and then
# reports every stream as a terminal, so the shell's formatter would pad and wrap its tables at a
# made-up 80 columns. Our stdout is a file or a pipe: say so, as a working JRuby would. The shell
# then prints every cell on one unpadded line (nothing is lost, and no timestamp shifts a wrap).
def $stdout.tty?
  false
end

# The launcher keeps ZooKeeper and HBase client logging at ERROR.
org.apache.log4j.Logger.getLogger('org.apache.zookeeper').setLevel(org.apache.log4j.Level::ERROR)
org.apache.log4j.Logger.getLogger('org.apache.hadoop.hbase').setLevel(org.apache.log4j.Level::ERROR)

# Ruby sources of the shell, from the hbase-shell jar on the classpath.
require 'hbase_constants'
require 'hbase_shell'
require 'shell/formatter'

conf = org.apache.hadoop.hbase.HBaseConfiguration.create
conf.set('hbase.zookeeper.quorum', zk_quorum)
conf.set('hbase.zookeeper.property.clientPort', zk_port.to_s)
# The launcher's defaults when no -D override is given: few retries, a human is waiting.
conf.setInt('hbase.client.retries.number', 7)
conf.setInt('hbase.ipc.client.connect.max.retries', 3)
# Synchronous admin calls (create, alter, truncate, ...) wait for the master's procedure; a server
# that never reports it done would hold one command for the default 10 minutes. 30 s is ample for a
# loopback server and turns such a hang into the shell's own timeout error in that command's block.
conf.setInt('hbase.client.sync.wait.timeout.msec', 30_000)

hbase = Hbase::Hbase.new(conf)
shell = Shell::Shell.new(hbase, true)
shell.debug = false

require 'irb'
IRB.setup(nil)
workspace = shell.get_workspace

File.readlines(script).each_with_index do |raw, index|
  line = raw.chomp
  next if line.strip.empty? || line.lstrip.start_with?('#')

  if line.start_with?('@setup ')
    saved = $stdout
    begin
      $stdout = File.open(File::NULL, 'w')
      workspace.evaluate(nil, line.sub('@setup ', ''), script, index + 1)
    rescue Exception => e # rubocop:disable Lint/RescueException
      warn "setup line #{index + 1} failed: #{e.class}: #{e}"
    ensure
      $stdout.close unless $stdout.equal?(saved)
      $stdout = saved
    end
    next
  end

  puts "### #{index + 1}: #{line}"
  begin
    value = workspace.evaluate(nil, line, script, index + 1)
    # IRB's echo of the statement's value; nil is not echoed by the HBase shell's IRB.
    puts "=> #{value.inspect}" unless value.nil?
  rescue Exception => e # rubocop:disable Lint/RescueException
    # What the launcher's exception handler prints for errors escaping a command.
    message = e.is_a?(java.lang.Exception) ? e.get_message : e.to_s
    puts "ERROR #{e.class}: #{message}"
  end
end
puts '### end'
hbase.shutdown if hbase.respond_to?(:shutdown)
java.lang.System.exit(0)
