from lintas.cli import main

raise SystemExit(main())
