using PlanLint.PackHost;

// planlint-pack-host PACK.dll: PlanLint starts this with the pack to run and talks to it over standard input and
// output (PlanLint.Analysis.Hosting.PackProtocol). The protocol keeps the real streams; anything the pack's code writes
// to the console goes to standard error, so it cannot break the protocol.
var input = Console.OpenStandardInput();
var output = Console.OpenStandardOutput();
Console.SetOut(Console.Error);
Console.SetIn(TextReader.Null);
return args is [var pack] ? HostLoop.Run(pack, input, output) : 2;
