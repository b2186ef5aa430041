from polling_station.cli import main

main()
